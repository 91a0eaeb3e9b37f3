using LocalAws.Authorization;

namespace LocalAws.Tests.Support;

/// <summary>LocalAws deciding every request with the policy evaluation engine, as it runs for real.</summary>
public sealed class EnforcingLocalAwsFixture : LocalAwsFixture
{
    public EnforcingLocalAwsFixture() : base(new PolicyEngineAuthorizer()) { }
}
