using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Threading.Tasks;
using LocalAws.Hosting;
using LocalAws.Seeding;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Iam;
using OsAccess.Aws.Sessions;
using OsAccess.PowerShell.Documents;
using OsAccess.PowerShell.Roles;
using OsAccess.PowerShell.Tests.Hosting;

namespace OsAccess.PowerShell.Tests.Roles
{
    /// <summary>
    /// One LocalAws per test class, its organization the default seed's plus <see cref="ExtraAccounts"/> member accounts,
    /// and the role cmdlets run in-process against it with the management account's admin keys.
    /// </summary>
    public sealed class LocalAwsOrganization : IAsyncLifetime
    {
        public const string Hub = DefaultSeed.ManagementAccountId;
        public const int ExtraAccounts = 10;

        private MemberAccountSessions members = new MemberAccountSessions();

        public LocalAwsHost Host { get; private set; } = null!;

        public IReadOnlyList<string> Members { get; private set; } = new string[0];

        public AwsSession Admin { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var seed = DefaultSeed.Load();
            var extra = Enumerable.Range(1, ExtraAccounts).Select(i => (600000000000L + i).ToString()).ToList();
            seed.Organization!.Accounts.AddRange(extra.Select(id => new SeedAccount { Id = id, Name = "member-" + id, Parent = "Root" }));
            Host = await LocalAwsHost.StartAsync(new LocalAwsOptions { Port = 0, Seed = seed });
            Members = new[] { DefaultSeed.ProdAccountId, DefaultSeed.DevAccountId, "444444444444" }.Concat(extra).ToList();
            Admin = As(DefaultSeed.AdminAccessKeyId, DefaultSeed.AdminSecretAccessKey);
        }

        public AwsSession As(string accessKey, string secretKey) =>
            new AwsSession("us-east-1", "test", new ResolvedCredentials(new StaticCredentialSource(new AwsCredentials(accessKey, secretKey)), "test"),
                new EndpointResolver(Host.Endpoint.ToString(), _ => null));

        /// <summary>IAM in a member account as its administrator (through OrganizationAccountAccessRole), for drift made by hand.</summary>
        public IIamClient IamIn(string accountId) => members.ForAccount(Admin, accountId, "OrganizationAccountAccessRole", null).Iam();

        /// <summary>The calls that change something, since the log was last cleared.</summary>
        public List<string> Writes() =>
            Host.Emulator.Requests.Entries()
                .Where(e => !(e.Operation.StartsWith("Get") || e.Operation.StartsWith("List") || e.Operation.StartsWith("Describe") || e.Operation == "AssumeRole"))
                .Select(e => e.Service + ":" + e.Operation).ToList();

        /// <summary>Runs a script with the role cmdlets and <c>$aws</c>, the splat of LocalAws's endpoint and the admin keys.</summary>
        public Run Invoke(string script, RecordingHost? host = null)
        {
            var state = InitialSessionState.CreateDefault2();
            state.Commands.Add(new SessionStateCmdletEntry("Publish-OSAccessRole", typeof(PublishOSAccessRoleCommand), null));
            state.Commands.Add(new SessionStateCmdletEntry("Test-OSAccessRole", typeof(TestOSAccessRoleCommand), null));
            state.Commands.Add(new SessionStateCmdletEntry("Unpublish-OSAccessRole", typeof(UnpublishOSAccessRoleCommand), null));
            state.Commands.Add(new SessionStateCmdletEntry("New-OSAccessGrantPolicyDocument", typeof(NewOSAccessGrantPolicyDocumentCommand), null));
            var aws = new System.Collections.Hashtable
            {
                ["AccessKey"] = DefaultSeed.AdminAccessKeyId,
                ["SecretKey"] = DefaultSeed.AdminSecretAccessKey,
                ["Region"] = "us-east-1",
                ["EndpointUrl"] = Host.Endpoint.ToString(),
            };
            state.Variables.Add(new SessionStateVariableEntry("aws", aws, string.Empty));
            state.Variables.Add(new SessionStateVariableEntry("members", Members.ToArray(), string.Empty));
            using var runspace = host == null ? RunspaceFactory.CreateRunspace(state) : RunspaceFactory.CreateRunspace(host, state);
            runspace.Open();
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = runspace;
            var output = shell.AddScript(script).Invoke();
            return new Run(output.Select(o => o?.BaseObject).ToList(), shell.Streams.Error.ToList(), shell.Streams.Warning.Select(w => w.Message).ToList());
        }

        /// <summary>Back to the seed; the member sessions assumed before are gone with it.</summary>
        public void Reset()
        {
            Host.Emulator.Reset();
            members.Dispose();
            members = new MemberAccountSessions();
        }

        public async Task DisposeAsync()
        {
            members.Dispose();
            await Host.DisposeAsync();
        }

        public sealed class Run
        {
            public Run(List<object?> output, List<ErrorRecord> errors, List<string> warnings)
            {
                Output = output;
                Errors = errors;
                Warnings = warnings;
            }

            public List<object?> Output { get; }

            public List<ErrorRecord> Errors { get; }

            public List<string> Warnings { get; }

            public List<T> Of<T>() => Output.OfType<T>().ToList();
        }
    }
}
