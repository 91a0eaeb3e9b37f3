namespace LocalAws.Tests.Support;

/// <summary>A test class sharing one LocalAws (its fixture), reset before each test.</summary>
public abstract class LocalAwsTest<TFixture> : IClassFixture<TFixture>
    where TFixture : LocalAwsFixture
{
    protected LocalAwsTest(TFixture aws)
    {
        Aws = aws;
        Aws.Reset();
    }

    protected TFixture Aws { get; }
}
