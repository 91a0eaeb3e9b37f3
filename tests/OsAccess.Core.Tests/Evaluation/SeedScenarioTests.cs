using System;
using System.Linq;
using OsAccess.Core.Evaluation;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Tests.Evaluation
{
    /// <summary>
    /// The seed's story: an SCP denies ssm:StartSession to everyone whose aws:PrincipalArn is not a role named
    /// OSAccess, and a time-boxed grant lets a hub-account user assume OSAccess in a member account.
    /// </summary>
    public class SeedScenarioTests
    {
        private const string Member = "123456789012";
        private const string Instance = "arn:aws:ec2:ap-northeast-1:123456789012:instance/i-0123456789abcdef0";
        private static readonly CompiledPolicy FullAwsAccess = Ask.Policy(Ask.FullAwsAccess, "FullAWSAccess");
        private static readonly CompiledPolicy Guardrail = CompiledPolicy.Parse(SeedFiles.GuardrailScp, "guardrail-scp.json");
        private static readonly CompiledPolicy Administrator = Ask.Policy(Ask.FullAwsAccess, "AdministratorAccess");
        private static readonly CompiledPolicy StartSession = Ask.Allow("ssm:StartSession", "arn:aws:ec2:*:*:instance/*");

        // The guardrail question: two SCP levels (root, then the workloads OU with the guardrail) and the account.
        private static EvaluationRequest StartSessionAs(string callerArn, string? roleArn = null, bool management = false) => new EvaluationRequest
        {
            Action = "ssm:StartSession",
            Resource = Instance,
            Context = new RequestContextBuilder(callerArn, roleArn).At(Ask.Noon).Build(),
            IdentityPolicies = new[] { Administrator },
            ServiceControlPolicies = Ask.Path(Ask.Level("r-ab12", FullAwsAccess), Ask.Level("ou-ab12-workloads", FullAwsAccess, Guardrail), Ask.Level(Member, FullAwsAccess)),
            CallerInManagementAccount = management,
        };

        [Fact]
        public void AnAdminRoleInAMemberAccountIsExplicitlyDeniedStartSessionByTheScp()
        {
            var result = PolicyEvaluator.Evaluate(StartSessionAs($"arn:aws:sts::{Member}:assumed-role/Admin/alice"));

            Assert.Equal(Decision.ExplicitDeny, result.Decision);
            Assert.False(result.AllowedByOrganizations);
            var deny = Assert.Single(result.MatchedStatements, s => s.Effect == PolicyEffect.Deny);
            Assert.Equal(PolicyKind.ServiceControl, deny.Kind);
            Assert.Equal("ou-ab12-workloads", deny.OrganizationTarget);
            Assert.Equal("Statement1", deny.Sid);
            Assert.Equal(new SourcePosition(4, 5), deny.Position);
        }

        [Fact]
        public void TheSameAdminMayStillDoEverythingElse()
        {
            var request = StartSessionAs($"arn:aws:sts::{Member}:assumed-role/Admin/alice");
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(new EvaluationRequest
            {
                Action = "ec2:DescribeInstances", Resource = "*", Context = request.Context, IdentityPolicies = request.IdentityPolicies, ServiceControlPolicies = request.ServiceControlPolicies,
            }));
        }

        [Theory]
        [InlineData("arn:aws:sts::123456789012:assumed-role/OSAccess/alice")]
        [InlineData("arn:aws:sts::123456789012:assumed-role/OSAccess/bob")]
        [InlineData("arn:aws:iam::123456789012:role/OSAccess")]
        public void OsAccessAndItsSessionsAreNotDenied(string caller) =>
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(StartSessionAs(caller)));

        [Fact]
        public void AnIamUserIsDenied() =>
            Assert.Equal(Decision.ExplicitDeny, PolicyEvaluator.Decide(StartSessionAs($"arn:aws:iam::{Member}:user/alice")));

        [Fact]
        public void AnOsAccessRoleUnderAPathIsNotExempt() =>
            Assert.Equal(Decision.ExplicitDeny, PolicyEvaluator.Decide(StartSessionAs($"arn:aws:sts::{Member}:assumed-role/OSAccess/alice", $"arn:aws:iam::{Member}:role/ops/OSAccess")));

        [Fact]
        public void TheManagementAccountIsOutsideTheScp() =>
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(StartSessionAs($"arn:aws:sts::{Member}:assumed-role/Admin/alice", management: true)));

        [Fact]
        public void OsAccessSessionsStillNeedTheirOwnPermission()
        {
            var request = StartSessionAs($"arn:aws:sts::{Member}:assumed-role/OSAccess/alice");
            var withoutAdmin = new EvaluationRequest
            {
                Action = request.Action, Resource = request.Resource, Context = request.Context, ServiceControlPolicies = request.ServiceControlPolicies,
                IdentityPolicies = new[] { StartSession },
            };
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(withoutAdmin));
            Assert.Equal(Decision.ImplicitDeny, PolicyEvaluator.Decide(new EvaluationRequest
            {
                Action = "ssm:StartSession", Resource = "arn:aws:ssm:ap-northeast-1:123456789012:managed-instance/mi-0123456789abcdef0",
                Context = request.Context, ServiceControlPolicies = request.ServiceControlPolicies, IdentityPolicies = new[] { StartSession },
            }));
        }

        // The grant: Allow sts:AssumeRole on OSAccess strictly between 2020-04-01T00:00:00Z and 2020-06-30T23:59:59Z.
        private static readonly CompiledPolicy Grant = CompiledPolicy.Parse(SeedFiles.AssumeRoleGrant, "assume-role-grant.json");
        private static readonly CompiledPolicy TrustHub = Ask.Policy(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:root\"},\"Action\":\"sts:AssumeRole\"}]}", "OSAccess trust policy");

        private static Decision AssumeAt(DateTimeOffset instant, CompiledPolicy? trust) => PolicyEvaluator.Decide(new EvaluationRequest
        {
            Action = "sts:AssumeRole",
            Resource = $"arn:aws:iam::{Member}:role/OSAccess",
            Context = new RequestContextBuilder("arn:aws:iam::111111111111:user/alice").At(instant).Build(),
            IdentityPolicies = new[] { Grant },
            ResourcePolicy = trust,
        });

        [Theory]
        [InlineData("2020-03-31T23:59:59Z", Decision.ImplicitDeny)]
        [InlineData("2020-04-01T00:00:00Z", Decision.ImplicitDeny)]
        [InlineData("2020-04-01T00:00:01Z", Decision.Allowed)]
        [InlineData("2020-05-15T12:00:00Z", Decision.Allowed)]
        [InlineData("2020-06-30T23:59:58Z", Decision.Allowed)]
        [InlineData("2020-06-30T23:59:59Z", Decision.ImplicitDeny)]
        [InlineData("2020-07-01T00:00:00Z", Decision.ImplicitDeny)]
        public void TheGrantWindowIsOpenStrictlyBetweenItsBounds(string instant, Decision expected) =>
            Assert.Equal(expected, AssumeAt(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), TrustHub));

        [Fact]
        public void TheGrantOpensOnTheFirstWholeSecondAfterItsStart()
        {
            var start = new DateTimeOffset(2020, 4, 1, 0, 0, 0, TimeSpan.Zero);
            // aws:CurrentTime has whole seconds, as AWS writes it; the flip happens on the first second after the bound.
            Assert.Equal(Decision.ImplicitDeny, AssumeAt(start.AddTicks(1), TrustHub));
            Assert.Equal(Decision.Allowed, AssumeAt(start.AddSeconds(1), TrustHub));
        }

        [Fact]
        public void ACrossAccountAssumeRoleNeedsTheTrustPolicyToo()
        {
            var inside = new DateTimeOffset(2020, 5, 1, 0, 0, 0, TimeSpan.Zero);
            Assert.Equal(Decision.ImplicitDeny, AssumeAt(inside, null));
            var trustOther = Ask.Policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"999999999999\"},\"Action\":\"sts:AssumeRole\"}]}");
            Assert.Equal(Decision.ImplicitDeny, AssumeAt(inside, trustOther));
        }

        [Fact]
        public void TheGrantExplainsWhichConditionKeyItNeeded()
        {
            var result = PolicyEvaluator.Evaluate(new EvaluationRequest
            {
                Action = "sts:AssumeRole", Resource = $"arn:aws:iam::{Member}:role/OSAccess",
                Context = new RequestContextBuilder("arn:aws:iam::111111111111:user/alice").At(new DateTimeOffset(2020, 5, 1, 0, 0, 0, TimeSpan.Zero)).Build(),
                IdentityPolicies = new[] { Grant }, ResourcePolicy = TrustHub,
            });
            Assert.Equal(Decision.Allowed, result.Decision);
            Assert.Contains("cross-account", result.Explanation);
            Assert.Equal(new[] { PolicyKind.Resource, PolicyKind.Identity }, result.MatchedStatements.Select(s => s.Kind).ToArray());
            Assert.Empty(result.MissingContextKeys);
        }

        [Fact]
        public void InTheSameAccountATrustPolicyNamingTheUserIsEnough()
        {
            var trustAlice = Ask.Policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:user/alice\"},\"Action\":\"sts:AssumeRole\"}]}");
            var trustAccount = Ask.Policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"123456789012\"},\"Action\":\"sts:AssumeRole\"}]}");
            var alice = new RequestContextBuilder($"arn:aws:iam::{Member}:user/alice").Build();
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(new EvaluationRequest { Action = "sts:AssumeRole", Resource = $"arn:aws:iam::{Member}:role/OSAccess", Context = alice, ResourcePolicy = trustAlice }));
            Assert.Equal(Decision.ImplicitDeny, PolicyEvaluator.Decide(new EvaluationRequest { Action = "sts:AssumeRole", Resource = $"arn:aws:iam::{Member}:role/OSAccess", Context = alice, ResourcePolicy = trustAccount }));
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(new EvaluationRequest { Action = "sts:AssumeRole", Resource = $"arn:aws:iam::{Member}:role/OSAccess", Context = alice, ResourcePolicy = trustAccount, IdentityPolicies = new[] { Ask.Allow("sts:AssumeRole") } }));
        }
    }
}
