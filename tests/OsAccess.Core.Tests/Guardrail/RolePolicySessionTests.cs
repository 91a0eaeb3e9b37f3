using OsAccess.Core.Evaluation;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;
using OsAccess.Core.Tests.Evaluation;

namespace OsAccess.Core.Tests.Guardrail
{
    /// <summary>OSAccessPolicy's session-scoped statements, decided for role sessions of OSAccess, the only callers it has.</summary>
    public class RolePolicySessionTests
    {
        private const string Account = "111122223333";
        private const string AliceSession = "arn:aws:ssm:us-east-1:111122223333:session/alice-07a16b2c3d4e5f6a7";
        private static readonly CompiledPolicy Policy =
            Ask.Policy(PolicyJsonWriter.Write(OsAccessRolePolicyBuilder.Build(Account)), OsAccessRolePolicyBuilder.PolicyName);

        private static Decision AsAlice(string action, string resource, string? sessionOwner = null)
        {
            var context = new RequestContextBuilder($"arn:aws:sts::{Account}:assumed-role/OSAccess/alice")
                .At(Ask.Noon)
                .WithUserId("AROAEXAMPLEOSACCESS:alice");
            if (sessionOwner != null) context = context.With("ssm:resourceTag/aws:ssmmessages:session-id", sessionOwner);
            return PolicyEvaluator.Decide(Ask.Request(action, resource, context.Build(), Policy));
        }

        [Fact]
        public void ARoleSessionOpensTheDataChannelOfItsSessionWhoseIdStartsWithTheBareSessionName()
        {
            Assert.Equal(Decision.Allowed, AsAlice("ssmmessages:OpenDataChannel", AliceSession));
        }

        [Fact]
        public void TheDataChannelStaysInTheRolesAccount()
        {
            Assert.Equal(Decision.ImplicitDeny, AsAlice("ssmmessages:OpenDataChannel", "arn:aws:ssm:us-east-1:444455556666:session/alice-07a16b2c3d4e5f6a7"));
        }

        [Theory]
        [InlineData("ssm:TerminateSession")]
        [InlineData("ssm:ResumeSession")]
        public void ARoleSessionEndsAndResumesItsOwnSessionsAndNobodyElses(string action)
        {
            Assert.Equal(Decision.Allowed, AsAlice(action, AliceSession, sessionOwner: "AROAEXAMPLEOSACCESS:alice"));
            Assert.Equal(Decision.ImplicitDeny, AsAlice(action, "arn:aws:ssm:us-east-1:111122223333:session/bob-0f1e2d3c4b5a69788", sessionOwner: "AROAEXAMPLEOSACCESS:bob"));
            Assert.Equal(Decision.ImplicitDeny, AsAlice(action, "arn:aws:ssm:us-east-1:111122223333:session/alice-0f1e2d3c4b5a69788", sessionOwner: "AROAOTHERROLE:alice"));
        }
    }
}
