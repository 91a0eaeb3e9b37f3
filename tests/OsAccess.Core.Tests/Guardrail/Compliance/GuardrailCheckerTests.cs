using System;
using System.Collections.Generic;
using System.Linq;
using OsAccess.Core.Evaluation.Simulation;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Guardrail.Compliance;
using OsAccess.Core.Policy;
using OsAccess.Core.Tests.Evaluation;
using OsAccess.Core.Time;

namespace OsAccess.Core.Tests.Guardrail.Compliance
{
    /// <summary>
    /// Each finding, from an organization crafted for it, and gone once the organization is fixed. The account is
    /// 222222222222 under Root → Workloads; every level holds FullAWSAccess unless a case says otherwise.
    /// </summary>
    public class GuardrailCheckerTests
    {
        private const string Account = "222222222222";
        private const string Management = "111111111111";
        private static readonly ServiceControlPolicy FullAwsAccess = new("p-FullAWSAccess", "FullAWSAccess", Ask.FullAwsAccess);

        private static ServiceControlPolicy Guardrail(GuardrailScpOptions options) =>
            new("p-guardrail1", "OSAccessGuardrail", PolicyJsonWriter.Write(GuardrailScpBuilder.Build(options), PolicyJsonStyle.Minified));

        private static ServiceControlPolicy Scp(string id, string name, string statement) =>
            new(id, name, "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}");

        /// <summary>Root, the Workloads OU and the account, each with FullAWSAccess plus what is given, or only what is given where <paramref name="replaceAccount"/>.</summary>
        private static AccountScpPath Org(ServiceControlPolicy[]? root = null, ServiceControlPolicy[]? ou = null, ServiceControlPolicy[]? account = null, string accountId = Account, bool replaceAccount = false) =>
            new(accountId, "prod", new[]
            {
                new ScpLevel("r-ab12", "Root", new[] { FullAwsAccess }.Concat(root ?? new ServiceControlPolicy[0]).ToList()),
                new ScpLevel("ou-ab12-workload", "Workloads", new[] { FullAwsAccess }.Concat(ou ?? new ServiceControlPolicy[0]).ToList()),
                new ScpLevel(accountId, "prod", (replaceAccount ? new ServiceControlPolicy[0] : new[] { FullAwsAccess }).Concat(account ?? new ServiceControlPolicy[0]).ToList()),
            })
            { IsManagementAccount = accountId == Management };

        private static GuardrailChecker Checker(GuardrailScpOptions guardrail, string[]? hubs = null, string[]? principals = null, bool strict = false) =>
            new(new GuardrailCheckOptions(guardrail.Resolve())
            {
                HubAccountIds = hubs ?? new string[0], PrincipalArns = principals ?? new string[0], Strict = strict,
                Clock = new FixedClock(Ask.Noon),
            });

        private static readonly GuardrailScpOptions Default = new();
        private static readonly GuardrailScpOptions All = new() { Channel = GuardrailChannel.All };
        private static readonly GuardrailScpOptions AllAutomation = new() { Channel = GuardrailChannel.All, AutomationRoleNames = new[] { "Patching" } };
        private static readonly GuardrailScpOptions Protect = new() { ProtectRole = true };

        private const string DenySsm = "{\"Sid\":\"NoSsm\",\"Effect\":\"Deny\",\"Action\":\"ssm:*\",\"Resource\":\"*\"}";
        private const string DenySsmButOsAccess = "{\"Sid\":\"NoSsm\",\"Effect\":\"Deny\",\"Action\":\"ssm:*\",\"Resource\":\"*\",\"Condition\":{\"ArnNotLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:role/OSAccess\"}}}";
        private const string DenyRunCommand = "{\"Sid\":\"NoRunCommand\",\"Effect\":\"Deny\",\"Action\":\"ssm:SendCommand\",\"Resource\":\"*\"}";
        private const string DenyRunCommandButPatching = "{\"Sid\":\"NoRunCommand\",\"Effect\":\"Deny\",\"Action\":\"ssm:SendCommand\",\"Resource\":\"*\",\"Condition\":{\"ArnNotLike\":{\"aws:PrincipalArn\":[\"arn:aws:iam::*:role/Patching\",\"arn:aws:iam::*:role/OSAccess\"]}}}";
        private const string DenyIam = "{\"Sid\":\"NoIamWrites\",\"Effect\":\"Deny\",\"Action\":\"iam:*\",\"Resource\":\"*\"}";
        private const string DenyIamButDeployment = "{\"Sid\":\"NoIamWrites\",\"Effect\":\"Deny\",\"Action\":\"iam:*\",\"Resource\":\"*\",\"Condition\":{\"ArnNotLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:role/OrganizationAccountAccessRole\"}}}";
        private const string AllowEc2Only = "{\"Effect\":\"Allow\",\"Action\":[\"ec2:*\",\"iam:*\"],\"Resource\":\"*\"}";

        /// <summary>(case, options tested, the broken organization, the fixed one, hub accounts, the finding expected).</summary>
        public static IEnumerable<object[]> Cases()
        {
            yield return Case("no guardrail anywhere", Default, Org(), Org(ou: new[] { Guardrail(Default) }), null, ScpFindingRules.AdminNotDenied);
            yield return Case("a Session guardrail where All is meant", All, Org(ou: new[] { Guardrail(Default) }), Org(ou: new[] { Guardrail(All) }), null, ScpFindingRules.AdminNotDenied);
            yield return Case("the hub account not covered", Default, Org(), Org(account: new[] { Guardrail(Default) }), new[] { Account }, ScpFindingRules.HubAccountNotCovered);
            yield return Case("another SCP denies OSAccess", Default,
                Org(root: new[] { Guardrail(Default) }, ou: new[] { Scp("p-nossm0001", "NoSsm", DenySsm) }),
                Org(root: new[] { Guardrail(Default) }, ou: new[] { Scp("p-nossm0001", "NoSsm", DenySsmButOsAccess) }), null, ScpFindingRules.ExemptRoleDenied);
            yield return Case("no SCP at the account allows SSM", Default,
                Org(ou: new[] { Guardrail(Default) }, account: new[] { Scp("p-ec2only01", "Ec2Only", AllowEc2Only) }, replaceAccount: true),
                Org(ou: new[] { Guardrail(Default) }, account: new[] { FullAwsAccess }, replaceAccount: true), null, ScpFindingRules.ExemptRoleDenied);
            yield return Case("another SCP denies the automation role Run Command", AllAutomation,
                Org(ou: new[] { Guardrail(AllAutomation), Scp("p-norun0001", "NoRunCommand", DenyRunCommand) }),
                Org(ou: new[] { Guardrail(AllAutomation), Scp("p-norun0001", "NoRunCommand", DenyRunCommandButPatching) }), null, ScpFindingRules.AutomationRoleDenied);
            yield return Case("a guardrail without -ProtectRole where it is meant", Protect, Org(ou: new[] { Guardrail(Default) }), Org(ou: new[] { Guardrail(Protect) }), null, ScpFindingRules.ExemptRoleUnprotected);
            yield return Case("another SCP denies the deployment role", Protect,
                Org(ou: new[] { Guardrail(Protect), Scp("p-noiam0001", "NoIamWrites", DenyIam) }),
                Org(ou: new[] { Guardrail(Protect), Scp("p-noiam0001", "NoIamWrites", DenyIamButDeployment) }), null, ScpFindingRules.DeploymentRoleDenied);
            yield return Case("the exempt role unguarded", Default, Org(ou: new[] { Guardrail(Default) }), Org(ou: new[] { Guardrail(Protect) }), null, ScpFindingRules.ExemptRoleUnguarded);
        }

        private static object[] Case(string name, GuardrailScpOptions options, AccountScpPath broken, AccountScpPath fixedOrg, string[]? hubs, ScpFindingRule rule) =>
            new object[] { name, options, broken, fixedOrg, hubs!, rule.Id };

        [Theory]
        [MemberData(nameof(Cases))]
        public void EachFindingComesFromAnOrganizationCraftedForItAndGoesOnceFixed(string name, GuardrailScpOptions options, AccountScpPath broken, AccountScpPath fixedOrg, string[]? hubs, string id)
        {
            var checker = Checker(options, hubs);

            var before = checker.Check(broken);
            var after = checker.Check(fixedOrg);

            Assert.True(before.Findings.Any(f => f.Id == id), $"{name}: expected {id}, got {string.Join("; ", before.Findings)}");
            Assert.DoesNotContain(after.Findings, f => f.Id == id);
            var rule = ScpFindingRules.All.Single(r => r.Id == id);
            Assert.Equal(rule.Severity != ScpFindingSeverity.Information, !before.Compliant);
        }

        [Fact]
        public void AnAccountUnderTheGuardrailIsCompliantWithNoFindings()
        {
            var result = Checker(AllAutomation with { ProtectRole = true }).Check(Org(ou: new[] { Guardrail(AllAutomation with { ProtectRole = true }) }));

            Assert.True(result.Compliant);
            Assert.Empty(result.Findings);
            Assert.Equal((Account, "prod", "Root/Workloads"), (result.AccountId, result.AccountName, result.Path));
        }

        [Fact]
        public void AdminNotDeniedNamesTheChannelsLeftOpen()
        {
            var finding = Checker(All).Check(Org(ou: new[] { Guardrail(Default) })).Findings.Single(f => f.Id == "AdminNotDenied");

            Assert.Equal(GuardrailChannels.Interactive.Skip(1).Concat(GuardrailChannels.Automation), finding.Actions);
            Assert.Equal($"arn:aws:iam::{Account}:role/Admin", finding.PrincipalArn);
            Assert.StartsWith($"arn:aws:iam::{Account}:role/Admin (not exempt, with AdministratorAccess) may ssm:ResumeSession, ssm-guiconnect:StartConnection and 11 more on the account's instances", finding.Message);
            Assert.Null(finding.DecidedBy);
        }

        [Fact]
        public void ExemptRoleDeniedNamesTheDecidingPolicyAndStatement()
        {
            var finding = Checker(Default).Check(Org(root: new[] { Guardrail(Default) }, ou: new[] { Scp("p-nossm0001", "NoSsm", DenySsm) }))
                .Findings.Single(f => f.Id == ScpFindingRules.ExemptRoleDenied.Id);

            Assert.Equal(("NoSsm", "p-nossm0001", "NoSsm", "ou-ab12-workload"), (finding.PolicyName, finding.PolicyId, finding.Statement, finding.DecidedBy!.TargetId));
            Assert.Equal(new[] { "ssm:StartSession" }, finding.Actions);
            Assert.Equal("NoSsm (p-nossm0001) attached to Workloads denies the exempt role OSAccess ssm:StartSession (NoSsm), so OS access through OSAccess fails here.", finding.Message);
            Assert.Equal("Exempt arn:aws:iam::*:role/OSAccess in that statement (ArnNotLike on aws:PrincipalArn), or detach NoSsm from Workloads.", finding.Remedy);
        }

        [Fact]
        public void AnImplicitDenialNamesTheLevelWhereNothingAllows()
        {
            var finding = Checker(Default).Check(Org(ou: new[] { Guardrail(Default) }, account: new[] { Scp("p-ec2only01", "Ec2Only", AllowEc2Only) }, replaceAccount: true))
                .Findings.Single(f => f.Id == ScpFindingRules.ExemptRoleDenied.Id);

            Assert.Null(finding.PolicyName);
            Assert.Equal(Account, finding.DecidedBy!.TargetId);
            Assert.StartsWith("No SCP attached to prod allows ssm:StartSession, and every level of the path must", finding.Message);
            Assert.Equal("Attach FullAWSAccess, or an SCP that allows it, to prod.", finding.Remedy);
        }

        [Fact]
        public void DenialsByDifferentStatementsAreSeparateFindings()
        {
            var findings = Checker(All).Check(Org(ou: new[] { Guardrail(All), Scp("p-nossm0001", "NoSsm", DenySsm), Scp("p-noec20001", "NoKeys", "{\"Sid\":\"NoKeys\",\"Effect\":\"Deny\",\"Action\":\"ec2-instance-connect:*\",\"Resource\":\"*\"}") }))
                .Findings.Where(f => f.Id == ScpFindingRules.ExemptRoleDenied.Id).ToList();

            Assert.Equal(new[] { "NoSsm", "NoKeys" }, findings.Select(f => f.PolicyName));
            Assert.All(findings[0].Actions, a => Assert.StartsWith("ssm:", a));
            Assert.Equal(new[] { "ec2-instance-connect:SendSSHPublicKey", "ec2-instance-connect:SendSerialConsoleSSHPublicKey", "ec2-instance-connect:OpenTunnel" }, findings[1].Actions);
        }

        [Fact]
        public void TheManagementAccountIsInformationalUnlessStrict()
        {
            var management = Org(accountId: Management);

            var lenient = Checker(Default).Check(management);
            var strict = Checker(Default, strict: true).Check(management);

            Assert.Equal(new[] { "ManagementAccount" }, lenient.Findings.Select(f => f.Id));
            Assert.True(lenient.Compliant);
            Assert.False(strict.Compliant);
        }

        [Fact]
        public void AHubAccountThatIsTheManagementAccountIsAnError()
        {
            var result = Checker(Default, hubs: new[] { Management }).Check(Org(accountId: Management, account: new[] { Guardrail(Default) }));

            Assert.Equal(new[] { "HubAccountNotCovered", "ManagementAccount" }, result.Findings.Select(f => f.Id));
            Assert.False(result.Compliant);
        }

        [Fact]
        public void PrincipalArnReplacesTheBuiltInAdministrator()
        {
            // The guardrail exempts PowerUser too, so testing PowerUser finds it allowed; testing Admin does not.
            var options = new GuardrailScpOptions { ExemptRoleNames = new[] { "OSAccess", "PowerUser" } };
            var org = Org(ou: new[] { Guardrail(options) });

            var byDefault = Checker(Default).Check(org);
            var chosen = Checker(Default, principals: new[] { "arn:aws:iam::*:role/PowerUser" }).Check(org);
            var elsewhere = Checker(Default, principals: new[] { "arn:aws:iam::333333333333:role/PowerUser" }).Check(org);

            Assert.DoesNotContain(byDefault.Findings, f => f.Id == "AdminNotDenied");
            var finding = chosen.Findings.Single(f => f.Id == "AdminNotDenied");
            Assert.Equal($"arn:aws:iam::{Account}:role/PowerUser", finding.PrincipalArn);
            Assert.DoesNotContain(elsewhere.Findings, f => f.Id == "AdminNotDenied");
        }

        [Theory]
        [InlineData("PowerUser")]
        [InlineData("arn:aws:iam::12345:role/PowerUser")]
        [InlineData("arn:aws:s3:::bucket")]
        public void APrincipalArnThatCannotBeTestedIsRefused(string arn)
        {
            var error = Assert.Throws<ArgumentException>(() => Checker(Default, principals: new[] { arn }));
            Assert.Equal("PrincipalArns", error.ParamName);
            Assert.StartsWith($"'{arn}' is not a principal to test", error.Message);
        }

        [Fact]
        public void AnScpThatDoesNotParseIsNamedWithItsLevel()
        {
            var error = Assert.Throws<PolicyInputException>(() => Checker(Default).Check(Org(ou: new[] { new ServiceControlPolicy("p-broken0001", "Broken", "{\"Version\":") })));
            Assert.StartsWith("SCP Broken (p-broken0001) attached to Workloads (ou-ab12-workload)", error.Message);
        }

        [Fact]
        public void TheBuiltInAdministratorIsNeverAnExemptRole()
        {
            var options = new GuardrailScpOptions { ExemptRoleNames = new[] { "Admin" } };
            var finding = Checker(options).Check(Org()).Findings.First(f => f.Id == "AdminNotDenied");
            Assert.Equal($"arn:aws:iam::{Account}:role/Admin2", finding.PrincipalArn);
        }
    }
}
