using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Threading.Tasks;
using LocalAws.Authorization;
using LocalAws.Seeding;
using LocalAws.Tests.Support;
using OsAccess.Core.Policy;
using OsAccess.Workflows.Operators;

namespace OsAccess.PowerShell.Tests.Operators
{
    /// <summary>
    /// LocalAws with the default seed, deciding with the policy engine and recording every authorisation, and three
    /// operator principals that hold only what a test gives them: <c>org-operator</c> and <c>hub-operator</c> in the
    /// management account (which is also the hub), and the <c>OSAccessOperator</c> role in every member account, which
    /// they assume as their -CrossAccountRoleName. The module's cmdlets run in-process as any of them.
    /// </summary>
    public sealed class OperatorWorld : LocalAwsFixture
    {
        public const string Management = DefaultSeed.ManagementAccountId;
        public const string CrossAccountRole = "OSAccessOperator";
        public static readonly string[] Members = { DefaultSeed.ProdAccountId, DefaultSeed.DevAccountId };
        public static readonly string[] AllMembers = { DefaultSeed.ProdAccountId, DefaultSeed.DevAccountId, "444444444444" };

        private readonly Dictionary<OperatorAccountKind, Credentials> operators = new Dictionary<OperatorAccountKind, Credentials>();

        public OperatorWorld() : base(new PolicyEngineAuthorizer())
        {
        }

        /// <summary>The seed again, with the operators holding exactly these policies (none for a kind not given).</summary>
        public async Task PrepareAsync(IReadOnlyDictionary<OperatorAccountKind, PolicyDocument> policies)
        {
            Reset();
            foreach (var kind in new[] { OperatorAccountKind.Management, OperatorAccountKind.Hub })
            {
                var user = UserName(kind);
                await Ok(Admin.Iam("CreateUser", ("UserName", user)));
                var key = await Ok(Admin.Iam("CreateAccessKey", ("UserName", user)));
                operators[kind] = new Credentials(key.X("AccessKeyId")!, key.X("SecretAccessKey")!);
                if (!policies.TryGetValue(kind, out var policy) || policy.Statements.Count == 0) continue;
                var created = await Ok(Admin.Iam("CreatePolicy", ("PolicyName", "operator-" + kind), ("PolicyDocument", PolicyJsonWriter.Write(policy))));
                await Ok(Admin.Iam("AttachUserPolicy", ("UserName", user), ("PolicyArn", created.X("Arn")!)));
            }

            const string trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + Management + ":root\"},\"Action\":\"sts:AssumeRole\"}]}";
            foreach (var member in AllMembers)
            {
                var admin = await MemberAdminAsync(member);
                await Ok(admin.Iam("CreateRole", ("RoleName", CrossAccountRole), ("AssumeRolePolicyDocument", trust)));
                if (policies.TryGetValue(OperatorAccountKind.Member, out var policy) && policy.Statements.Count > 0)
                {
                    await Ok(admin.Iam("PutRolePolicy", ("RoleName", CrossAccountRole), ("PolicyName", "operator"), ("PolicyDocument", PolicyJsonWriter.Write(policy))));
                }
            }
            Authorizer.Clear();
        }

        /// <summary>The keys of the operator whose policy is that kind's part.</summary>
        public Credentials OperatorKeys(OperatorAccountKind kind) => operators[kind];

        /// <summary>The administrator of a member account, through OrganizationAccountAccessRole.</summary>
        public Task<AwsClient> MemberAdminAsync(string accountId) => AssumeAsync(Admin, OrganizationAccessRole(accountId));

        /// <summary>Runs a script as the seed's administrator, with the default -CrossAccountRoleName.</summary>
        public Run AsAdmin(string script)
        {
            var run = Invoke(script, Credentials.Admin, crossAccountRole: null);
            Assert.True(run.Errors.Count == 0, string.Join("\n", run.Errors));
            return run;
        }

        /// <summary>Runs a script as an operator, with <c>-CrossAccountRoleName OSAccessOperator</c> in <c>$aws</c>.</summary>
        public Run As(OperatorAccountKind kind, string script) => Invoke(script, OperatorKeys(kind), CrossAccountRole);

        /// <summary>Runs a script as someone else with these keys (alice), which must succeed.</summary>
        public Run AsPerson(Credentials keys, string script)
        {
            var run = Invoke(script, keys, crossAccountRole: null);
            Assert.True(run.Errors.Count == 0, string.Join("\n", run.Errors));
            return run;
        }

        /// <summary>The kind of operator principal that asked for an authorisation; null for anyone else (the admin, alice).</summary>
        public static OperatorAccountKind? KindOf(AuthorizationRequest request) =>
            request.PrincipalArn == $"arn:aws:iam::{Management}:user/{UserName(OperatorAccountKind.Management)}" ? OperatorAccountKind.Management
            : request.PrincipalArn == $"arn:aws:iam::{Management}:user/{UserName(OperatorAccountKind.Hub)}" ? OperatorAccountKind.Hub
            : request.PrincipalArn.EndsWith(":role/" + CrossAccountRole, StringComparison.Ordinal) ? OperatorAccountKind.Member
            : (OperatorAccountKind?)null;

        public static async Task<AwsAnswer> Ok(Task<AwsAnswer> call)
        {
            var answer = await call;
            Assert.True(answer.Ok, answer.ToString());
            return answer;
        }

        private static string UserName(OperatorAccountKind kind) => kind == OperatorAccountKind.Management ? "org-operator" : "hub-operator";

        private Run Invoke(string script, Credentials credentials, string? crossAccountRole)
        {
            var state = InitialSessionState.CreateDefault2();
            foreach (var type in typeof(Documents.NewOSAccessOperatorPolicyDocumentCommand).Assembly.GetTypes())
            {
                if (type.GetCustomAttributes(typeof(CmdletAttribute), false).SingleOrDefault() is CmdletAttribute cmdlet)
                {
                    state.Commands.Add(new SessionStateCmdletEntry(cmdlet.VerbName + "-" + cmdlet.NounName, type, null));
                }
            }
            var aws = new System.Collections.Hashtable
            {
                ["AccessKey"] = credentials.AccessKeyId,
                ["SecretKey"] = credentials.SecretAccessKey,
                ["Region"] = "us-east-1",
                ["EndpointUrl"] = Endpoint.ToString(),
            };
            if (crossAccountRole != null) aws["CrossAccountRoleName"] = crossAccountRole;
            state.Variables.Add(new SessionStateVariableEntry("aws", aws, string.Empty));
            state.Variables.Add(new SessionStateVariableEntry("members", Members, string.Empty));
            using var runspace = RunspaceFactory.CreateRunspace(state);
            runspace.Open();
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = runspace;
            var output = shell.AddScript(script).Invoke();
            return new Run(output.Select(o => o?.BaseObject).ToList(), shell.Streams.Error.ToList(), shell.Streams.Warning.Select(w => w.Message).ToList());
        }

        /// <param name="Warnings">What the script warned: a refused notification or an unread reason is a warning, not an error.</param>
        public sealed record Run(List<object?> Output, List<ErrorRecord> Errors, List<string> Warnings);
    }
}
