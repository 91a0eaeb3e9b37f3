using System;
using System.Linq;
using OsAccess.Core.Evaluation;
using OsAccess.Core.Evaluation.Simulation;
using OsAccess.Core.Time;

namespace OsAccess.Core.Tests.Evaluation.Simulation
{
    /// <summary>The simulator refuses what AWS would never have in effect, instead of answering about it.</summary>
    public class PolicySimulatorTests
    {
        private const string Full = Ask.FullAwsAccess;
        private const string Trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"sts:AssumeRole\"}]}";
        private const string Alice = "arn:aws:iam::111122223333:user/alice";

        private static PolicyInputException Refusal(PolicySimulationInput input) =>
            Assert.Throws<PolicyInputException>(() => PolicySimulator.Run(input, new FixedClock(Ask.Noon)).ToList());

        [Fact]
        public void ATrustPolicyAmongTheIdentityPoliciesIsRefusedWithBothReasons()
        {
            var error = Refusal(new PolicySimulationInput { IdentityPolicies = new[] { Full, Trust }, CallerArn = Alice, Actions = new[] { "s3:GetObject" } });
            Assert.Equal("PolicyInputList policy 2", error.Input);
            Assert.StartsWith("not valid as an identity-based policy, for 2 reasons:", error.Reason);
            Assert.Contains("Principal", error.Reason);
        }

        [Fact]
        public void AnScpNamingAPrincipalIsRefused()
        {
            var scp = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
            var error = Refusal(new PolicySimulationInput
            {
                IdentityPolicies = new[] { Full },
                ServiceControlPolicies = new[] { new ScpLevelInput("r-ab12", new[] { Full, scp }) },
                CallerArn = Alice,
                Actions = new[] { "s3:GetObject" },
            });
            Assert.Equal("ServiceControlPolicy level 1 policy 2 on r-ab12", error.Input);
            Assert.StartsWith("not valid as a service control policy: Principal", error.Reason);
        }

        [Theory]
        [InlineData("sts:AssumeRole", Trust, true)]
        [InlineData("sts:AssumeRole", Full, false)]
        [InlineData("s3:GetObject", Trust, false)]
        public void TheResourcePolicyIsATrustPolicyForStsActions(string action, string resourcePolicy, bool accepted)
        {
            var input = new PolicySimulationInput
            {
                IdentityPolicies = new[] { Full },
                ResourcePolicy = resourcePolicy,
                CallerArn = Alice,
                Actions = new[] { action },
                Resources = new[] { "arn:aws:iam::111122223333:role/OSAccess" },
            };
            if (accepted) Assert.Single(PolicySimulator.Run(input, new FixedClock(Ask.Noon)));
            else Assert.Equal("ResourcePolicy", Refusal(input).Input);
        }

        [Theory]
        [InlineData("abc")]
        [InlineData("11112222333")]
        [InlineData("arn:aws:s3:::bucket")]
        public void AResourceOwnerThatNamesNoAccountIsRefused(string owner)
        {
            var error = Refusal(new PolicySimulationInput { IdentityPolicies = new[] { Full }, CallerArn = Alice, Actions = new[] { "s3:GetObject" }, ResourceAccount = owner });
            Assert.Equal("ResourceOwnerAccount", error.Input);
        }

        [Theory]
        [InlineData("111122223333", Decision.Allowed)]
        [InlineData("arn:aws:iam::444455556666:root", Decision.ImplicitDeny)]
        public void AResourceOwnerDecidesSameOrCrossAccount(string owner, Decision expected)
        {
            var input = new PolicySimulationInput { IdentityPolicies = new[] { Full }, CallerArn = Alice, Actions = new[] { "s3:GetObject" }, ResourceAccount = owner };
            Assert.Equal(expected, PolicySimulator.Run(input, new FixedClock(Ask.Noon)).Single().Decision);
        }
    }
}
