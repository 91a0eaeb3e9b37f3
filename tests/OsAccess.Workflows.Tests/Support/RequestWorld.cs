using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LocalAws.Tests.Support;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;
using OsAccess.Aws.Ssm;
using OsAccess.Core.Policy;
using OsAccess.Workflows.Operators;

namespace OsAccess.Workflows.Tests.Support;

/// <summary>
/// The hub of <see cref="HubWorld"/> with the two customer managed policies docs/requests.md names, OSAccessRequester and
/// OSAccessApprover (the hub parts of -Task Request and -Task Approve), and people holding them; each person's IAM and SSM clients carry their own keys.
/// </summary>
public sealed class RequestWorld
{
    private const string ReadOnlyAccess = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    private readonly LocalAwsFixture aws;

    private RequestWorld(LocalAwsFixture aws, HubWorld hub)
    {
        this.aws = aws;
        Hub = hub;
    }

    public HubWorld Hub { get; }

    public static async Task<RequestWorld> CreateAsync(LocalAwsFixture aws)
    {
        var world = new RequestWorld(aws, await HubWorld.CreateAsync(aws));
        await world.PolicyAsync("OSAccessRequester", HubPolicy(OperatorTask.Request));
        await world.PolicyAsync("OSAccessApprover", HubPolicy(OperatorTask.Approve));
        return world;
    }

    /// <summary>The hub with its people: bob and erin ask (with ReadOnlyAccess too, which alone would let them read every OpsItem); carol and dave approve.</summary>
    public static async Task<RequestWorld> WithPeopleAsync(LocalAwsFixture aws)
    {
        var world = await CreateAsync(aws);
        await world.PersonAsync("bob", "OSAccessRequester", ReadOnlyAccess);
        await world.PersonAsync("erin", "OSAccessRequester", ReadOnlyAccess);
        await world.PersonAsync("carol", "OSAccessApprover");
        await world.PersonAsync("dave", "OSAccessApprover");
        return world;
    }

    public static string Arn(string user) => $"arn:aws:iam::{HubWorld.Hub}:user/{user}";

    /// <summary>A hub user holding the given policies (OSAccessRequester, OSAccessApprover, or an AWS managed one's ARN).</summary>
    public async Task PersonAsync(string user, params string[] policies)
    {
        await Hub.AddPersonAsync(user);
        foreach (var policy in policies)
        {
            var arn = policy.StartsWith("arn:") ? policy : $"arn:aws:iam::{HubWorld.Hub}:policy/{policy}";
            Assert.True((await aws.Admin.Iam("AttachUserPolicy", ("UserName", user), ("PolicyArn", arn))).Ok);
        }
    }

    public ISsmClient Ssm(string user) => new SdkSsmClient(Options(user, "ssm"));

    public IIamClient Iam(string user) => new IamClient(Options(user, "iam"));

    private AwsClientOptions Options(string user, string service)
    {
        var keys = user == "admin" ? Credentials.Admin : Hub.Keys[user];
        return new AwsClientOptions(new AwsEndpoint(aws.Endpoint, "us-east-1", service),
            new StaticCredentialSource(new AwsCredentials(keys.AccessKeyId, keys.SecretAccessKey)));
    }

    /// <summary>The hub part of a task's policy, as New-OSAccessOperatorPolicyDocument gives it.</summary>
    private static PolicyDocument HubPolicy(OperatorTask task) =>
        OperatorPolicyBuilder.Build(new[] { task }, "OrganizationAccountAccessRole").Single(p => p.Account == OperatorAccountKind.Hub).Document;

    private async Task PolicyAsync(string name, PolicyDocument document)
    {
        var answer = await aws.Admin.Iam("CreatePolicy", ("PolicyName", name), ("PolicyDocument", PolicyJsonWriter.Write(document)));
        Assert.True(answer.Ok, answer.ToString());
    }
}
