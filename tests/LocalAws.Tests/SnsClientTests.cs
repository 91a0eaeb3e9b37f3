using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LocalAws.Infrastructure;
using LocalAws.Seeding;
using LocalAws.Tests.Support;
using OsAccess.Aws.Http;
using OsAccess.Aws.Sns;

namespace LocalAws.Tests;

/// <summary>OsAccess's own SNS client against LocalAws, as notifications will use it.</summary>
public class SnsClientTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    public SnsClientTests(EnforcingLocalAwsFixture aws) : base(aws) { }

    private SnsClient Client(string accessKey = DefaultSeed.AdminAccessKeyId, string secret = DefaultSeed.AdminSecretAccessKey) =>
        new(Aws.ProductClientOptions("sns", accessKey, secret));

    [Fact]
    public async Task PublishesToATopicAndAnswersTheMessageId()
    {
        var sns = Client();
        string arn = await sns.CreateTopicAsync("osaccess-requests", CancellationToken.None);
        Assert.Equal("arn:aws:sns:us-east-1:111111111111:osaccess-requests", arn);
        Assert.Equal(arn, await sns.CreateTopicAsync("osaccess-requests", CancellationToken.None));

        string id = await sns.PublishAsync(arn, "Access requested: prod", "alice asks for OS access to prod & dev = 2", CancellationToken.None);
        string none = await sns.PublishAsync(arn, null, "日本語のメッセージ", CancellationToken.None);

        var sent = Aws.Emulator.World.SnsMessages;
        Assert.Equal(new[] { (id, arn, (string?)"Access requested: prod", "alice asks for OS access to prod & dev = 2"), (none, arn, null, "日本語のメッセージ") },
            sent.Select(m => (m.MessageId, m.TopicArn, m.Subject, m.Message)).ToArray());
    }

    [Fact]
    public async Task ListsTheTopicsPageByPage()
    {
        var sns = Client();
        for (int i = 0; i < 120; i++) await sns.CreateTopicAsync($"topic-{i:D3}", CancellationToken.None);
        var arns = await Pagination.AllAsync((token, ct) => sns.ListTopicsAsync(token, ct), CancellationToken.None);
        Assert.Equal(120, arns.Count);
        Assert.Equal(2, Aws.Emulator.Requests.Counts()["sns:ListTopics"]);
    }

    [Fact]
    public async Task AnUnknownTopicIsNotFoundAndADeniedPublishIsAuthorizationError()
    {
        string arn = await Client().CreateTopicAsync("osaccess-requests", CancellationToken.None);
        var missing = await Assert.ThrowsAnyAsync<AwsServiceException>(() => Client().PublishAsync(arn + "-gone", null, "m", CancellationToken.None));
        Assert.Equal("NotFound", missing.Code);
        var denied = await Assert.ThrowsAnyAsync<AwsServiceException>(() =>
            Client(DefaultSeed.AliceAccessKeyId, DefaultSeed.AliceSecretAccessKey).PublishAsync(arn, null, "m", CancellationToken.None));
        Assert.Equal("AuthorizationError", denied.Code);
        Assert.Empty(Aws.Emulator.World.SnsMessages);
    }

    [Fact]
    public async Task RetriesThroughThrottling()
    {
        string arn = await Client().CreateTopicAsync("osaccess-requests", CancellationToken.None);
        Aws.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.Throttle, Service = "sns", Operation = "Publish", Count = 2 });
        await Client().PublishAsync(arn, null, "m", CancellationToken.None);
        Assert.Equal(3, Aws.Emulator.Requests.Counts()["sns:Publish"]);
        Assert.Single(Aws.Emulator.World.SnsMessages);
    }

    [Theory]
    [InlineData("two\nlines", "m", "subject")]
    [InlineData("é", "m", "subject")]
    [InlineData("", "m", "subject")]
    [InlineData(null, "", "message")]
    public async Task InputSnsRefusesIsRefusedBeforeAnyCall(string? subject, string message, string parameter)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client().PublishAsync("arn:aws:sns:us-east-1:111111111111:t", subject, message, CancellationToken.None));
        Assert.Equal(parameter, error.ParamName);
        Assert.Equal(0, Aws.Emulator.Requests.Total());
    }

    [Fact]
    public async Task LimitsAreInclusive()
    {
        string arn = await Client().CreateTopicAsync("t", CancellationToken.None);
        await Client().PublishAsync(arn, new string('s', 100), new string('m', 262144), CancellationToken.None);
        await Assert.ThrowsAsync<ArgumentException>(() => Client().PublishAsync(arn, new string('s', 101), "m", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Client().PublishAsync(arn, null, new string('é', 131073), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Client().CreateTopicAsync("has space", CancellationToken.None));
        Assert.Single(Aws.Emulator.World.SnsMessages);
    }
}
