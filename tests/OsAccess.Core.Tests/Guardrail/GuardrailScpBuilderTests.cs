using System;
using System.Collections.Generic;
using System.Linq;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Tests.Guardrail
{
    public class GuardrailScpBuilderTests
    {
        /// <summary>Every combination of the options worth telling apart, by a name tests can show.</summary>
        public static IEnumerable<object[]> Variants() => GuardrailVariants.All.Select(v => new object[] { v.Key });

        private static PolicyStatement Statement(PolicyDocument scp, string sid) => scp.Statements.Single(s => s.Sid?.Value == sid);

        private static string[] Exempted(PolicyStatement statement) => statement.Conditions.Single().Values.Select(v => v.Text).ToArray();

        private static string[] Actions(PolicyStatement statement) => statement.Action!.Select(a => a.Value).ToArray();

        [Theory]
        [MemberData(nameof(Variants))]
        public void EveryVariantIsAValidScpWithinTheQuota(string variant)
        {
            var document = new BuiltPolicyDocument("GuardrailScp", PolicyType.ServiceControl, GuardrailScpBuilder.Build(GuardrailVariants.All[variant]));

            Assert.Empty(PolicyValidator.Validate(document.MinifiedJson, PolicyType.ServiceControl));
            Assert.InRange(document.Size, 1, PolicySizeLimits.ServiceControl.Limit!.Value);
            Assert.Equal(document.MinifiedJson, PolicyJsonWriter.Write(PolicyParser.Parse(document.MinifiedJson), PolicyJsonStyle.Minified));
        }

        [Fact]
        public void JustInTimeAloneExemptsTheJitRoleInsteadOfOsAccess()
        {
            var scp = GuardrailScpBuilder.Build(new GuardrailScpOptions { JustInTime = true });

            Assert.Equal(new[] { "arn:aws:iam::*:role/SSM-JustInTimeAccessTokenRole" }, Exempted(scp.Statements.Single()));
        }

        [Fact]
        public void JustInTimeWithExemptRolesExemptsBothWhileMigrating()
        {
            var scp = GuardrailScpBuilder.Build(new GuardrailScpOptions { JustInTime = true, ExemptRoleNames = new[] { "OSAccess" } });

            Assert.Equal(new[] { "arn:aws:iam::*:role/OSAccess", "arn:aws:iam::*:role/SSM-JustInTimeAccessTokenRole" }, Exempted(scp.Statements.Single()));
        }

        [Fact]
        public void SeveralExemptRolesAreListedOnceEach()
        {
            var scp = GuardrailScpBuilder.Build(new GuardrailScpOptions { ExemptRoleNames = new[] { "OSAccess", "BreakGlass", "osaccess" } });

            Assert.Equal(new[] { "arn:aws:iam::*:role/OSAccess", "arn:aws:iam::*:role/BreakGlass" }, Exempted(scp.Statements.Single()));
        }

        [Fact]
        public void ChannelAllDeniesEveryWayOntoTheOsInOneStatement()
        {
            var scp = GuardrailScpBuilder.Build(new GuardrailScpOptions { Channel = GuardrailChannel.All });

            var statement = scp.Statements.Single();
            Assert.Equal(GuardrailChannels.Interactive.Concat(GuardrailChannels.Automation), Actions(statement));
            foreach (var action in new[] { "ssm:ResumeSession", "ssm:SendCommand", "ssm:CreateAssociation", "ssm:StartAutomationExecution", "ssm-guiconnect:StartConnection",
                "ec2-instance-connect:SendSSHPublicKey", "ec2-instance-connect:SendSerialConsoleSSHPublicKey", "ec2-instance-connect:OpenTunnel",
                "ec2:EnableSerialConsoleAccess", "ec2:GetPasswordData" })
            {
                Assert.Contains(action, Actions(statement));
            }
        }

        [Fact]
        public void AutomationRolesKeepOnlyTheAutomationChannels()
        {
            var scp = GuardrailScpBuilder.Build(new GuardrailScpOptions { Channel = GuardrailChannel.All, AutomationRoleNames = new[] { "Patching" } });

            var osAccess = Statement(scp, GuardrailScpBuilder.StatementId);
            var automation = Statement(scp, GuardrailScpBuilder.AutomationStatementId);
            Assert.Equal(GuardrailChannels.Interactive, Actions(osAccess));
            Assert.Equal(new[] { "arn:aws:iam::*:role/OSAccess" }, Exempted(osAccess));
            Assert.Equal(GuardrailChannels.Automation, Actions(automation));
            Assert.Equal(new[] { "arn:aws:iam::*:role/OSAccess", "arn:aws:iam::*:role/Patching" }, Exempted(automation));
        }

        [Fact]
        public void DeniedActionsAddToTheChannelsActions()
        {
            var scp = GuardrailScpBuilder.Build(new GuardrailScpOptions { DeniedActions = new[] { "ssm:StartSession", "ec2:ModifyInstanceAttribute" } });

            Assert.Equal(new[] { "ssm:StartSession", "ec2:ModifyInstanceAttribute" }, Actions(scp.Statements.Single()));
        }

        [Fact]
        public void ProtectRoleDeniesChangesToTheExemptRolesToAllButTheDeploymentRole()
        {
            var scp = GuardrailScpBuilder.Build(new GuardrailScpOptions { ProtectRole = true });

            var protect = Statement(scp, GuardrailScpBuilder.ProtectStatementId);
            Assert.Equal(PolicyEffect.Deny, protect.EffectValue);
            Assert.Equal(GuardrailChannels.RoleChanges, Actions(protect));
            Assert.Equal(new[] { "arn:aws:iam::*:role/OSAccess", "arn:aws:iam::*:role/OrganizationAccountAccessRole" }, protect.Resource!.Select(r => r.Value));
            Assert.Equal(new[] { "arn:aws:iam::*:role/OrganizationAccountAccessRole" }, Exempted(protect));
        }

        [Fact]
        public void ProtectRoleTakesOtherDeploymentRoles()
        {
            var scp = GuardrailScpBuilder.Build(new GuardrailScpOptions { ProtectRole = true, DeploymentRoleNames = new[] { "AWSControlTowerExecution", "OrganizationAccountAccessRole" } });

            Assert.Equal(new[] { "arn:aws:iam::*:role/AWSControlTowerExecution", "arn:aws:iam::*:role/OrganizationAccountAccessRole" }, Exempted(Statement(scp, GuardrailScpBuilder.ProtectStatementId)));
        }

        [Theory]
        [InlineData("exempt-none", "ExemptRoleNames", "name at least one exempt role")]
        [InlineData("exempt-arn", "ExemptRoleNames", "'arn:aws:iam::111122223333:role/OSAccess' is not a valid IAM role name")]
        [InlineData("automation-without-all", "AutomationRoleNames", "the roles it names keep Run Command, associations and automation, which only -Channel All closes: add -Channel All, or drop -AutomationRoleName")]
        [InlineData("automation-also-exempt", "AutomationRoleNames", "'OSAccess' is also an exempt role")]
        [InlineData("automation-bad-name", "AutomationRoleNames", "'role/Patch' is not a valid IAM role name")]
        [InlineData("deployment-without-protect", "DeploymentRoleNames", "it names who may still change the exempt roles, which only -ProtectRole guards: add -ProtectRole, or drop -DeploymentRoleName")]
        [InlineData("deployment-none", "DeploymentRoleNames", "name at least one role")]
        [InlineData("action-no-prefix", "DeniedActions", "\"StartSession\" is not an action the SCP can deny: it has no service prefix")]
        [InlineData("action-uppercase", "DeniedActions", "\"SSM:StartSession\" is not an action the SCP can deny: the service prefix \"SSM\" must be lowercase")]
        public void OptionsThatMakeNoGuardrailAreRefusedNamingTheOption(string variant, string option, string message)
        {
            var options = variant switch
            {
                "exempt-none" => new GuardrailScpOptions { ExemptRoleNames = new string[0] },
                "exempt-arn" => new GuardrailScpOptions { ExemptRoleNames = new[] { "arn:aws:iam::111122223333:role/OSAccess" } },
                "automation-without-all" => new GuardrailScpOptions { AutomationRoleNames = new[] { "Patching" } },
                "automation-also-exempt" => new GuardrailScpOptions { Channel = GuardrailChannel.All, AutomationRoleNames = new[] { "OSAccess" } },
                "automation-bad-name" => new GuardrailScpOptions { Channel = GuardrailChannel.All, AutomationRoleNames = new[] { "role/Patch" } },
                "deployment-without-protect" => new GuardrailScpOptions { DeploymentRoleNames = new[] { "Deployer" } },
                "deployment-none" => new GuardrailScpOptions { ProtectRole = true, DeploymentRoleNames = new string[0] },
                "action-no-prefix" => new GuardrailScpOptions { DeniedActions = new[] { "StartSession" } },
                _ => new GuardrailScpOptions { DeniedActions = new[] { "SSM:StartSession" } },
            };

            var error = Assert.Throws<ArgumentException>(() => GuardrailScpBuilder.Build(options));
            Assert.Equal(option, error.ParamName);
            Assert.StartsWith(message, error.Message);
        }

        [Fact]
        public void AGuardrailOverTheQuotaIsRefusedNamingTheOptionToDrop()
        {
            var error = OverQuota(new GuardrailScpOptions { Channel = GuardrailChannel.All, ProtectRole = true, DeniedActions = ExtraActions(Limit / 21 + 10) });

            Assert.Matches(@"^GuardrailScp is [\d,]+ characters \(white space included\), over the [\d,]+ AWS allows for a service control policy", error.Message);
            Assert.Matches(@"^Drop (one of )?-DeniedAction \(to [\d,]+ characters\)", error.Advice);
            Assert.Contains("split the denied actions over two guardrail SCPs", error.Advice);
        }

        [Fact]
        public void EveryOptionThatAloneWouldFitIsNamedTheExtrasFirst()
        {
            // Just over the quota: dropping the extra actions, the protection or the other channels would each be enough.
            var baseSize = Size(new GuardrailScpOptions { Channel = GuardrailChannel.All, ProtectRole = true, DeniedActions = new[] { "ec2:X" } });
            var options = new GuardrailScpOptions { Channel = GuardrailChannel.All, ProtectRole = true, DeniedActions = new[] { "ec2:X" + new string('y', Limit - baseSize + 1) } };

            var error = OverQuota(options);

            Assert.Matches(@"^Drop one of -DeniedAction \(to [\d,]+ characters\), -ProtectRole \(to [\d,]+ characters\), -Channel All \(to [\d,]+ characters\)\.", error.Advice);
        }

        [Fact]
        public void WhenNoOneOptionIsEnoughTheCostliestIsNamed()
        {
            // Each list alone is over the quota ("ec2:ExtraAction0000", is 22 characters; "arn:aws:iam::*:role/Role0000", 31).
            var roles = Enumerable.Range(0, Limit / 31 + 10).Select(i => $"Role{i:D4}").ToArray();

            var error = OverQuota(new GuardrailScpOptions { ExemptRoleNames = roles, DeniedActions = ExtraActions(Limit / 22 + 10) });

            Assert.Matches(@"^No one option is enough; some of -ExemptRoleName costs most \([\d,]+ characters\)\.", error.Advice);
        }

        [Fact]
        public void ADocumentExactlyAtTheQuotaPassesAndOneCharacterMoreDoesNot()
        {
            var baseSize = Size(new GuardrailScpOptions { DeniedActions = new[] { "ec2:X" } });
            var exact = new GuardrailScpOptions { DeniedActions = new[] { "ec2:X" + new string('y', Limit - baseSize) } };

            Assert.Equal(Limit, Size(exact));
            Assert.Equal(Limit, DocumentQuota.Require(Built(exact), GuardrailScpBuilder.QuotaAdvice(exact)).Size);
            OverQuota(exact with { DeniedActions = new[] { exact.DeniedActions[0] + "y" } });
        }

        private static DocumentQuotaExceededException OverQuota(GuardrailScpOptions options) =>
            Assert.Throws<DocumentQuotaExceededException>(() => DocumentQuota.Require(Built(options), GuardrailScpBuilder.QuotaAdvice(options)));

        private static BuiltPolicyDocument Built(GuardrailScpOptions options) => new("GuardrailScp", PolicyType.ServiceControl, GuardrailScpBuilder.Build(options));

        private static int Limit => PolicySizeLimits.ServiceControl.Limit!.Value;

        private static string[] ExtraActions(int count) => Enumerable.Range(0, count).Select(i => $"ec2:ExtraAction{i:D4}").ToArray();

        private static int Size(GuardrailScpOptions options) => Built(options).Size;
    }
}
