using System.Linq;
using OsAccess.Core.Evaluation;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Tests.Evaluation
{
    /// <summary>
    /// How policy types combine: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html,
    /// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html and
    /// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
    /// </summary>
    public class DecisionLogicTests
    {
        private const string Bucket = "arn:aws:s3:::bucket/key";
        private static readonly RequestContext Alice = Ask.Caller().Build();
        private static readonly CompiledPolicy AllowAll = Ask.Policy(Ask.FullAwsAccess, "FullAWSAccess");

        [Fact]
        public void NothingAllowsMeansImplicitDeny() =>
            Assert.Equal(Decision.ImplicitDeny, PolicyEvaluator.Decide(Ask.Request("s3:GetObject", Bucket, Alice)));

        [Fact]
        public void AnExplicitDenyOverridesAnAllow()
        {
            var result = PolicyEvaluator.Evaluate(Ask.Request("s3:GetObject", Bucket, Alice, AllowAll, Ask.Deny("s3:*", "*")));
            Assert.Equal(Decision.ExplicitDeny, result.Decision);
            Assert.Contains(result.MatchedStatements, s => s.Effect == PolicyEffect.Deny && s.Kind == PolicyKind.Identity);
            Assert.Contains("Explicitly denied", result.Explanation);
        }

        [Fact]
        public void EveryScpLevelMustAllow()
        {
            var request = new EvaluationRequest
            {
                Action = "s3:GetObject", Resource = Bucket, Context = Alice, IdentityPolicies = new[] { AllowAll },
                ServiceControlPolicies = Ask.Path(Ask.Level("r-root", AllowAll), Ask.Level("ou-ab12-workloads", Ask.Allow("ec2:*")), Ask.Level("111122223333", AllowAll)),
            };
            var result = PolicyEvaluator.Evaluate(request);
            Assert.Equal(Decision.ImplicitDeny, result.Decision);
            Assert.False(result.AllowedByOrganizations);
            Assert.Equal("ou-ab12-workloads", result.OrganizationLevelNotAllowing);
            Assert.Contains("ou-ab12-workloads", result.Explanation);
        }

        [Fact]
        public void ScpsGrantNothingOnTheirOwn()
        {
            var request = new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, Context = Alice, ServiceControlPolicies = Ask.Path(Ask.Level("r-root", AllowAll)) };
            var result = PolicyEvaluator.Evaluate(request);
            Assert.Equal(Decision.ImplicitDeny, result.Decision);
            Assert.True(result.AllowedByOrganizations);
        }

        [Fact]
        public void ScpsDoNotApplyToTheManagementAccountOrServiceLinkedRoles()
        {
            var denyAll = Ask.Path(Ask.Level("r-root", Ask.Deny("*")));
            var management = new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, Context = Alice, IdentityPolicies = new[] { AllowAll }, ServiceControlPolicies = denyAll, CallerInManagementAccount = true };
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(management));
            var linked = new RequestContextBuilder("arn:aws:iam::111122223333:role/aws-service-role/ssm.amazonaws.com/AWSServiceRoleForAmazonSSM").Build();
            var serviceLinked = new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, Context = linked, IdentityPolicies = new[] { AllowAll }, ServiceControlPolicies = denyAll };
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(serviceLinked));
            var member = new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, Context = Alice, IdentityPolicies = new[] { AllowAll }, ServiceControlPolicies = denyAll };
            Assert.Equal(Decision.ExplicitDeny, PolicyEvaluator.Decide(member));
        }

        [Fact]
        public void APermissionsBoundaryCapsIdentityPolicies()
        {
            var request = new EvaluationRequest { Action = "iam:CreateRole", Resource = "*", Context = Alice, IdentityPolicies = new[] { AllowAll }, PermissionsBoundary = Ask.Allow("s3:*") };
            var result = PolicyEvaluator.Evaluate(request);
            Assert.Equal(Decision.ImplicitDeny, result.Decision);
            Assert.False(result.AllowedByPermissionsBoundary);
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, Context = Alice, IdentityPolicies = new[] { AllowAll }, PermissionsBoundary = Ask.Allow("s3:*") }));
        }

        [Fact]
        public void ASessionPolicyCapsTheRoleSession()
        {
            var session = Ask.Caller("arn:aws:sts::111122223333:assumed-role/Admin/alice").Build();
            var request = new EvaluationRequest { Action = "ec2:TerminateInstances", Resource = "*", Context = session, IdentityPolicies = new[] { AllowAll }, SessionPolicy = Ask.Allow("ec2:Describe*") };
            Assert.Equal(Decision.ImplicitDeny, PolicyEvaluator.Decide(request));
        }

        private static CompiledPolicy BucketPolicy(string principal) => Ask.Policy(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + principal + "\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket/*\"}]}", "bucket-policy");

        [Fact]
        public void SameAccountResourcePolicyNamingTheUserAllowsWithoutIdentityPolicy()
        {
            var request = new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, ResourceAccount = "111122223333", Context = Alice, ResourcePolicy = BucketPolicy("arn:aws:iam::111122223333:user/alice"), PermissionsBoundary = Ask.Allow("ec2:*") };
            var result = PolicyEvaluator.Evaluate(request);
            Assert.Equal(Decision.Allowed, result.Decision);
            Assert.Equal(PrincipalMatch.Exact, result.MatchedStatements.Single().Principal);
        }

        [Fact]
        public void ResourcePolicyNamingTheAccountDelegatesToIdentityPolicies()
        {
            var request = new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, ResourceAccount = "111122223333", Context = Alice, ResourcePolicy = BucketPolicy("111122223333") };
            Assert.Equal(Decision.ImplicitDeny, PolicyEvaluator.Decide(request));
        }

        [Fact]
        public void ResourcePolicyNamingTheRoleAllowsItsSessionsWithinTheBoundary()
        {
            var session = Ask.Caller("arn:aws:sts::111122223333:assumed-role/Reader/alice").Build();
            var policy = BucketPolicy("arn:aws:iam::111122223333:role/Reader");
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, ResourceAccount = "111122223333", Context = session, ResourcePolicy = policy }));
            Assert.Equal(Decision.ImplicitDeny, PolicyEvaluator.Decide(new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, ResourceAccount = "111122223333", Context = session, ResourcePolicy = policy, PermissionsBoundary = Ask.Allow("ec2:*") }));
        }

        [Fact]
        public void CrossAccountNeedsBothTheResourcePolicyAndTheCallersPolicy()
        {
            var policy = BucketPolicy("111122223333");
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, ResourceAccount = "444455556666", Context = Alice, ResourcePolicy = policy, IdentityPolicies = new[] { Ask.Allow("s3:GetObject") } }));
            Assert.Equal(Decision.ImplicitDeny, PolicyEvaluator.Decide(new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, ResourceAccount = "444455556666", Context = Alice, ResourcePolicy = policy }));
            Assert.Equal(Decision.ImplicitDeny, PolicyEvaluator.Decide(new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, ResourceAccount = "444455556666", Context = Alice, IdentityPolicies = new[] { Ask.Allow("s3:GetObject") } }));
        }

        [Theory]
        [InlineData("arn:aws:iam::aws:policy/ReadOnlyAccess", Decision.Allowed)]
        [InlineData("arn:aws:ssm:us-east-1::document/AWS-StartPortForwardingSession", Decision.Allowed)]
        [InlineData("arn:aws:s3:::bucket/key", Decision.Allowed)]
        [InlineData("arn:aws:ssm:us-east-1:444455556666:document/Shared", Decision.ImplicitDeny)]
        public void ResourcesWithoutAnAccountBelongToTheCallersAccount(string resource, Decision expected) =>
            Assert.Equal(expected, PolicyEvaluator.Decide(Ask.Request("iam:GetPolicy", resource, Alice, AllowAll)));

        [Fact]
        public void AResourcePolicyDenyAppliesToThePrincipalsItNames()
        {
            var deny = Ask.Policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}");
            var plain = Ask.Caller().With("aws:SecureTransport", "false").Build();
            Assert.Equal(Decision.ExplicitDeny, PolicyEvaluator.Decide(new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, Context = plain, ResourcePolicy = deny, IdentityPolicies = new[] { AllowAll } }));
            var secure = Ask.Caller().With("aws:SecureTransport", "true").Build();
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, Context = secure, ResourcePolicy = deny, IdentityPolicies = new[] { AllowAll } }));
        }

        // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
        [Fact]
        public void NotPrincipalExemptsOnlyWhenTheAccountIsListedToo()
        {
            var roleOnly = Ask.Policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::111122223333:user/alice\"},\"Action\":\"s3:*\",\"Resource\":\"*\"}]}");
            var withAccount = Ask.Policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":[\"arn:aws:iam::111122223333:user/alice\",\"arn:aws:iam::111122223333:root\"]},\"Action\":\"s3:*\",\"Resource\":\"*\"}]}");
            Assert.Equal(Decision.ExplicitDeny, PolicyEvaluator.Decide(new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, Context = Alice, ResourcePolicy = roleOnly, IdentityPolicies = new[] { AllowAll } }));
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, Context = Alice, ResourcePolicy = withAccount, IdentityPolicies = new[] { AllowAll } }));
            var bob = Ask.Caller("arn:aws:iam::111122223333:user/bob").Build();
            Assert.Equal(Decision.ExplicitDeny, PolicyEvaluator.Decide(new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, Context = bob, ResourcePolicy = withAccount, IdentityPolicies = new[] { AllowAll } }));
        }

        [Fact]
        public void ADenyWithNotPrincipalAlwaysAppliesToACallerWithABoundary()
        {
            var exemptAlice = Ask.Policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":[\"arn:aws:iam::111122223333:user/alice\",\"111122223333\"]},\"Action\":\"s3:*\",\"Resource\":\"*\"}]}");
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, Context = Alice, ResourcePolicy = exemptAlice, IdentityPolicies = new[] { AllowAll } }));
            Assert.Equal(Decision.ExplicitDeny, PolicyEvaluator.Decide(new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, Context = Alice, ResourcePolicy = exemptAlice, IdentityPolicies = new[] { AllowAll }, PermissionsBoundary = AllowAll }));
        }

        [Fact]
        public void ServicePrincipalsAreMatchedByName()
        {
            var topicPolicy = Ask.Policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"events.amazonaws.com\"},\"Action\":\"sns:Publish\",\"Resource\":\"*\"}]}");
            var events = new RequestContextBuilder("events.amazonaws.com").Build();
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(new EvaluationRequest { Action = "sns:Publish", Resource = "arn:aws:sns:us-east-1:111122223333:topic", Context = events, ResourcePolicy = topicPolicy }));
            var other = new RequestContextBuilder("s3.amazonaws.com").Build();
            Assert.Equal(Decision.ImplicitDeny, PolicyEvaluator.Decide(new EvaluationRequest { Action = "sns:Publish", Resource = "arn:aws:sns:us-east-1:111122223333:topic", Context = other, ResourcePolicy = topicPolicy }));
        }

        [Fact]
        public void ResourceControlPoliciesMustAllowAtEveryLevel()
        {
            var rcpDeny = Ask.Policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"StringNotEqualsIfExists\":{\"aws:PrincipalOrgID\":\"o-exampleorg\"}}}]}");
            var rcpAllow = Ask.Policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}");
            var outsider = Ask.Caller().With("aws:PrincipalOrgID", "o-other").Build();
            var insider = Ask.Caller().With("aws:PrincipalOrgID", "o-exampleorg").Build();
            var path = Ask.Path(Ask.Level("r-root", rcpAllow, rcpDeny));
            Assert.Equal(Decision.ExplicitDeny, PolicyEvaluator.Decide(new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, Context = outsider, IdentityPolicies = new[] { AllowAll }, ResourceControlPolicies = path }));
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, Context = insider, IdentityPolicies = new[] { AllowAll }, ResourceControlPolicies = path }));

            var putOnly = Ask.Policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:PutObject\",\"Resource\":\"*\"}]}");
            var narrowOu = new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, Context = insider, IdentityPolicies = new[] { AllowAll }, ResourceControlPolicies = Ask.Path(Ask.Level("r-root", rcpAllow), Ask.Level("ou-data", putOnly)) };
            Assert.Equal(Decision.ImplicitDeny, PolicyEvaluator.Decide(narrowOu));
            var result = PolicyEvaluator.Evaluate(narrowOu);
            Assert.Equal(Decision.ImplicitDeny, result.Decision);
            Assert.False(result.AllowedByResourceControlPolicies);
            Assert.Contains("no RCP attached to ou-data allows s3:GetObject", result.Explanation);
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(new EvaluationRequest { Action = "s3:GetObject", Resource = Bucket, Context = insider, IdentityPolicies = new[] { AllowAll }, ResourceControlPolicies = narrowOu.ResourceControlPolicies, ResourceInManagementAccount = true }));
        }

        [Fact]
        public void MissingContextKeysAreReported()
        {
            var result = PolicyEvaluator.Evaluate(Ask.Request("s3:GetObject", Bucket, Alice, Ask.Allow("s3:*", "*", "{\"StringEquals\":{\"aws:RequestTag/team\":\"ops\",\"aws:username\":\"alice\"}}")));
            Assert.Equal(Decision.ImplicitDeny, result.Decision);
            Assert.Equal(new[] { "aws:RequestTag/team" }, result.MissingContextKeys);
            Assert.Contains("lacked: aws:RequestTag/team", result.Explanation);
        }

        [Fact]
        public void TheRootUserOfTheAccountIsAllowedUnlessSomethingDenies()
        {
            var root = new RequestContextBuilder("arn:aws:iam::111122223333:root").Build();
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(new EvaluationRequest { Action = "ec2:RunInstances", Resource = "*", Context = root }));
            Assert.Equal(Decision.ExplicitDeny, PolicyEvaluator.Decide(new EvaluationRequest { Action = "ec2:RunInstances", Resource = "*", Context = root, ServiceControlPolicies = Ask.Path(Ask.Level("r-root", AllowAll, Ask.Deny("ec2:*"))) }));
        }
    }
}
