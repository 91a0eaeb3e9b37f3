using System;
using System.Threading.Tasks;
using LocalAws.Authorization;
using LocalAws.Hosting;
using LocalAws.Seeding;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Http;

namespace LocalAws.Tests.Support;

/// <summary>
/// One LocalAws on a free loopback port per test class, reset per test. Its authoriser records every request and
/// allows everything unless a test scripts a decision; <see cref="EnforcingLocalAwsFixture"/> decides with the policy engine.
/// </summary>
public class LocalAwsFixture : IAsyncLifetime
{
    public LocalAwsFixture() : this(new PermissiveAuthorizer()) { }

    protected LocalAwsFixture(IAuthorizer inner) => Authorizer = new ScriptedAuthorizer(inner);

    public ScriptedAuthorizer Authorizer { get; }
    public LocalAwsHost Host { get; private set; } = null!;
    public Uri Endpoint => Host.Endpoint;
    public Emulator Emulator => Host.Emulator;

    public async Task InitializeAsync() =>
        Host = await LocalAwsHost.StartAsync(new LocalAwsOptions { Port = 0, Authorizer = Authorizer });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public void Reset()
    {
        Emulator.Reset();
        Authorizer.Clear();
    }

    public AwsClient Client(Credentials credentials, string region = "us-east-1") => new(Endpoint, credentials, region);

    public AwsClient Admin => Client(Credentials.Admin);

    /// <summary>Options for OsAccess's own clients (IAM, Organizations) of <paramref name="service"/>, with the seeded admin's keys unless others are given.</summary>
    public AwsClientOptions ProductClientOptions(string service, string accessKey = DefaultSeed.AdminAccessKeyId, string secret = DefaultSeed.AdminSecretAccessKey) =>
        new(new AwsEndpoint(Endpoint, "us-east-1", service), new StaticCredentialSource(new AwsCredentials(accessKey, secret)));

    /// <summary>Assumes a role with the given client and returns a client using the session's credentials.</summary>
    public async Task<AwsClient> AssumeAsync(AwsClient client, string roleArn, string sessionName = "tester", string region = "us-east-1")
    {
        var answer = await client.Sts("AssumeRole", ("RoleArn", roleArn), ("RoleSessionName", sessionName));
        Assert.True(answer.Ok, answer.ToString());
        return Client(new Credentials(answer.X("AccessKeyId")!, answer.X("SecretAccessKey")!, answer.X("SessionToken")), region);
    }

    public static string OrganizationAccessRole(string accountId) => $"arn:aws:iam::{accountId}:role/OrganizationAccountAccessRole";
}
