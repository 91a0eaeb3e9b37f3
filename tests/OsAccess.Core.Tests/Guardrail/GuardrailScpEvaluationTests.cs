using System.Collections.Generic;
using System.Linq;
using OsAccess.Core.Evaluation;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;
using OsAccess.Core.Tests.Evaluation;

namespace OsAccess.Core.Tests.Guardrail
{
    /// <summary>
    /// What each built guardrail does, decided by the engine the way AWS decides: the guardrail attached to an OU between the
    /// root and a member account, every level also holding FullAWSAccess, every caller holding AdministratorAccess.
    /// </summary>
    public class GuardrailScpEvaluationTests
    {
        private const string Member = "222222222222";
        private const string Instance = "arn:aws:ec2:us-east-1:222222222222:instance/i-0123456789abcdef0";
        private static readonly CompiledPolicy FullAwsAccess = Ask.Policy(Ask.FullAwsAccess, "FullAWSAccess");
        private static readonly CompiledPolicy Administrator = Ask.Policy(Ask.FullAwsAccess, "AdministratorAccess");

        public static IEnumerable<object[]> Variants() => GuardrailVariants.All.Select(v => new object[] { v.Key });

        private static Decision Decide(string variant, string role, string action, string resource = Instance, bool management = false)
        {
            var guardrail = CompiledPolicy.Compile(GuardrailScpBuilder.Build(GuardrailVariants.All[variant]), "OSAccessGuardrail");
            return PolicyEvaluator.Decide(new EvaluationRequest
            {
                Action = action,
                Resource = resource,
                Context = new RequestContextBuilder($"arn:aws:sts::{Member}:assumed-role/{role}/alice").At(Ask.Noon).Build(),
                IdentityPolicies = new[] { Administrator },
                ServiceControlPolicies = Ask.Path(Ask.Level("r-ab12", FullAwsAccess), Ask.Level("ou-ab12-workloads", FullAwsAccess, guardrail), Ask.Level(Member, FullAwsAccess)),
                CallerInManagementAccount = management,
            });
        }

        private static IEnumerable<string> ClosedChannels(string variant) =>
            GuardrailVariants.All[variant].Channel == GuardrailChannel.All ? GuardrailChannels.Interactive.Concat(GuardrailChannels.Automation) : new[] { GuardrailChannels.StartSession };

        private static IEnumerable<string> ExemptRoles(string variant) => GuardrailVariants.All[variant].Resolve().ExemptRoleNames;

        [Theory]
        [MemberData(nameof(Variants))]
        public void AnAdministratorIsExplicitlyDeniedEveryClosedChannel(string variant)
        {
            foreach (var action in ClosedChannels(variant))
            {
                Assert.True(Decision.ExplicitDeny == Decide(variant, "Admin", action), $"{variant}: {action}");
            }
        }

        [Theory]
        [MemberData(nameof(Variants))]
        public void AnAdministratorKeepsEverythingElse(string variant)
        {
            Assert.Equal(Decision.Allowed, Decide(variant, "Admin", "ec2:DescribeInstances", "*"));
            Assert.Equal(Decision.Allowed, Decide(variant, "Admin", "iam:UpdateAssumeRolePolicy", $"arn:aws:iam::{Member}:role/AppRole"));
        }

        [Theory]
        [InlineData("default")]
        [InlineData("protect")]
        public void TheSessionChannelLeavesTheOtherChannelsOpen(string variant)
        {
            foreach (var action in GuardrailChannels.Interactive.Skip(1).Concat(GuardrailChannels.Automation))
            {
                Assert.True(Decision.Allowed == Decide(variant, "Admin", action), $"{variant}: {action}");
            }
        }

        [Theory]
        [MemberData(nameof(Variants))]
        public void TheExemptRolesAndTheirSessionsKeepEveryChannel(string variant)
        {
            foreach (var role in ExemptRoles(variant))
            {
                foreach (var action in GuardrailChannels.Interactive.Concat(GuardrailChannels.Automation))
                {
                    Assert.True(Decision.Allowed == Decide(variant, role, action), $"{variant}: {role} {action}");
                }
            }
        }

        [Theory]
        [InlineData("all-automation")]
        [InlineData("all-automation-protect")]
        [InlineData("migrating-all-automation-protect")]
        public void AnAutomationRoleKeepsOnlyTheAutomationChannels(string variant)
        {
            foreach (var action in GuardrailChannels.Automation)
            {
                Assert.True(Decision.Allowed == Decide(variant, GuardrailVariants.AutomationRole, action), $"{variant}: {action}");
            }
            foreach (var action in GuardrailChannels.Interactive)
            {
                Assert.True(Decision.ExplicitDeny == Decide(variant, GuardrailVariants.AutomationRole, action), $"{variant}: {action}");
            }
        }

        [Theory]
        [InlineData("all")]
        [InlineData("just-in-time")]
        public void WithoutAutomationRolesARoleNamedLikeOneGetsNoChannel(string variant)
        {
            foreach (var action in ClosedChannels(variant))
            {
                Assert.True(Decision.ExplicitDeny == Decide(variant, GuardrailVariants.AutomationRole, action), $"{variant}: {action}");
            }
        }

        [Theory]
        [InlineData("protect")]
        [InlineData("all-automation-protect")]
        [InlineData("migrating-all-automation-protect")]
        public void WithProtectRoleAMemberAdminCannotChangeTheExemptRolesButTheDeploymentRoleCan(string variant)
        {
            foreach (var role in ExemptRoles(variant).Append(GuardrailScpOptions.DefaultDeploymentRoleName))
            {
                var arn = $"arn:aws:iam::{Member}:role/{role}";
                foreach (var action in GuardrailChannels.RoleChanges)
                {
                    Assert.True(Decision.ExplicitDeny == Decide(variant, "Admin", action, arn), $"{variant}: Admin {action} {role}");
                    Assert.True(Decision.Allowed == Decide(variant, GuardrailScpOptions.DefaultDeploymentRoleName, action, arn), $"{variant}: deployment {action} {role}");
                }
            }
        }

        [Theory]
        [InlineData("default")]
        [InlineData("all-automation")]
        public void WithoutProtectRoleAMemberAdminCanReTrustTheExemptRole(string variant)
        {
            Assert.Equal(Decision.Allowed, Decide(variant, "Admin", "iam:UpdateAssumeRolePolicy", $"arn:aws:iam::{Member}:role/OSAccess"));
            Assert.Equal(Decision.Allowed, Decide(variant, "Admin", "iam:CreateRole", $"arn:aws:iam::{Member}:role/OSAccess"));
        }

        [Fact]
        public void AnExemptRoleCannotChangeItselfWhenProtected()
        {
            Assert.Equal(Decision.ExplicitDeny, Decide("protect", "OSAccess", "iam:AttachRolePolicy", $"arn:aws:iam::{Member}:role/OSAccess"));
        }

        [Fact]
        public void NoSeparateStatementIsNeededForTheManagementAccount()
        {
            Assert.Equal(Decision.Allowed, Decide("all-automation-protect", "Admin", GuardrailChannels.StartSession, management: true));
        }

        [Fact]
        public void TheDenyNamesTheGuardrailAndItsStatement()
        {
            var guardrail = CompiledPolicy.Compile(GuardrailScpBuilder.Build(GuardrailVariants.All["all-automation"]), "OSAccessGuardrail");
            var result = PolicyEvaluator.Evaluate(new EvaluationRequest
            {
                Action = "ssm:SendCommand",
                Resource = Instance,
                Context = new RequestContextBuilder($"arn:aws:sts::{Member}:assumed-role/Admin/alice").At(Ask.Noon).Build(),
                IdentityPolicies = new[] { Administrator },
                ServiceControlPolicies = Ask.Path(Ask.Level("r-ab12", FullAwsAccess, guardrail)),
            });

            var deny = Assert.Single(result.MatchedStatements, s => s.Effect == PolicyEffect.Deny);
            Assert.Equal(("OSAccessGuardrail", GuardrailScpBuilder.AutomationStatementId), (deny.PolicyName, deny.Sid));
        }
    }
}
