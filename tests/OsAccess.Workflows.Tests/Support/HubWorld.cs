using System.Linq;
using System.Threading.Tasks;
using LocalAws.Tests.Support;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;

namespace OsAccess.Workflows.Tests.Support;

/// <summary>
/// The hub (the seed's management account 111111111111) with people who have no access of their own, and in each member
/// account an OSAccess role trusting the hub, its session name bound to the user name, allowed to start sessions.
/// </summary>
public sealed class HubWorld
{
    public const string Hub = "111111111111";
    public static readonly string[] Members = { "222222222222", "333333333333", "444444444444" };
    private const string AllowSessions = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ssm:StartSession","ssm:DescribeSessions"],"Resource":"*"}]}""";

    private readonly LocalAwsFixture aws;

    private HubWorld(LocalAwsFixture aws) => this.aws = aws;

    public static async Task<HubWorld> CreateAsync(LocalAwsFixture aws, params string[] people)
    {
        var world = new HubWorld(aws);
        var trust = PolicyJsonWriter.Write(OsAccessTrustPolicyBuilder.Build(Hub, requireSessionNameMatchesUser: true));
        foreach (var member in Members)
        {
            var admin = await aws.AssumeAsync(aws.Admin, LocalAwsFixture.OrganizationAccessRole(member));
            Assert.True((await admin.Iam("CreateRole", ("RoleName", "OSAccess"), ("AssumeRolePolicyDocument", trust), ("MaxSessionDuration", "3600"))).Ok);
            Assert.True((await admin.Iam("PutRolePolicy", ("RoleName", "OSAccess"), ("PolicyName", "sessions"), ("PolicyDocument", AllowSessions))).Ok);
        }
        foreach (var person in people) await world.AddPersonAsync(person);
        return world;
    }

    public System.Collections.Generic.Dictionary<string, Credentials> Keys { get; } = new();

    public async Task AddPersonAsync(string userName)
    {
        Assert.True((await aws.Admin.Iam("CreateUser", ("UserName", userName))).Ok);
        var key = await aws.Admin.Iam("CreateAccessKey", ("UserName", userName));
        Keys[userName] = new Credentials(key.X("AccessKeyId")!, key.X("SecretAccessKey")!);
    }

    /// <summary>OsAccess's IAM client with the hub admin's keys.</summary>
    public IIamClient Iam() => new IamClient(new AwsClientOptions(new AwsEndpoint(aws.Endpoint, "us-east-1", "iam"),
        new StaticCredentialSource(new AwsCredentials(Credentials.Admin.AccessKeyId, Credentials.Admin.SecretAccessKey))));

    /// <summary>OsAccess's IAM and SSM clients in a member account, through OrganizationAccountAccessRole.</summary>
    public async Task<(IIamClient Iam, System.Func<string, OsAccess.Aws.Ssm.ISsmClient> Ssm)> MemberAsync(string account)
    {
        var admin = await aws.AssumeAsync(aws.Admin, LocalAwsFixture.OrganizationAccessRole(account));
        var credentials = new StaticCredentialSource(new AwsCredentials(admin.Credentials.AccessKeyId, admin.Credentials.SecretAccessKey, admin.Credentials.SessionToken));
        return (new IamClient(new AwsClientOptions(new AwsEndpoint(aws.Endpoint, "us-east-1", "iam"), credentials)),
            region => new OsAccess.Aws.Ssm.SdkSsmClient(new AwsClientOptions(new AwsEndpoint(aws.Endpoint, region, "ssm"), credentials)));
    }

    /// <summary>The person's role session in the account: assumes OSAccess with their name, as the trust policy demands.</summary>
    public async Task<AwsClient> SessionAsync(string userName, string account)
    {
        var answer = await AssumeAsync(userName, account);
        Assert.True(answer.Ok, answer.ToString());
        return aws.Client(new Credentials(answer.X("AccessKeyId")!, answer.X("SecretAccessKey")!, answer.X("SessionToken")));
    }

    public static string RoleArn(string account) => $"arn:aws:iam::{account}:role/OSAccess";

    /// <summary>The person's AssumeRole of OSAccess in the account, with their own name as the session name.</summary>
    public Task<AwsAnswer> AssumeAsync(string userName, string account) =>
        aws.Client(Keys[userName]).Sts("AssumeRole", ("RoleArn", RoleArn(account)), ("RoleSessionName", userName));

    public async Task<bool> CanAssumeAsync(string userName, string account)
    {
        var answer = await AssumeAsync(userName, account);
        Assert.True(answer.Ok || answer.ErrorCode == "AccessDenied", answer.ToString());
        return answer.Ok;
    }

    public int Calls(string operation) => aws.Emulator.Requests.Counts().TryGetValue(operation, out var n) ? n : 0;

    public int Writes() => aws.Emulator.Requests.Counts().Where(kv => kv.Key.StartsWith("iam:") && !IsRead(kv.Key)).Sum(kv => kv.Value);

    private static bool IsRead(string op) => op.StartsWith("iam:Get") || op.StartsWith("iam:List");
}
