using OsAccess.Core.Policy;

namespace OsAccess.Core.Tests.Policy
{
    public class PolicyParserSeedTests
    {
        [Fact]
        public void SeedOsAccessPolicyIsRejectedAtItsUnclosedConditionBlock()
        {
            var error = Assert.Throws<PolicyParseException>(() => PolicyParser.Parse(SeedFiles.OsAccessPolicy));

            // The TerminateAndResumeSession statement's "Condition": { opens on line 24, column 26.
            Assert.Equal(new SourcePosition(24, 26), error.Position);
            Assert.Contains("\"Condition\" block", error.Reason);
            Assert.Contains("never closed", error.Reason);
            // Reading stops at the next statement's '{', which is taken for a property name.
            Assert.Equal(new SourcePosition(31, 9), error.DetectedAt);
        }

        [Fact]
        public void SeedGuardrailScpParses()
        {
            var document = PolicyParser.Parse(SeedFiles.GuardrailScp);

            var statement = Assert.Single(document.Statements);
            Assert.Equal("2012-10-17", document.Version?.Value);
            Assert.Equal(PolicyEffect.Deny, statement.EffectValue);
            Assert.Equal("ssm:StartSession", Assert.Single(statement.Action!).Value);
            var condition = Assert.Single(statement.Conditions);
            Assert.Equal("ArnNotLike", condition.Operator.Value);
            Assert.Equal("aws:PrincipalARN", condition.Key.Value);
            Assert.Equal("arn:aws:iam::*:role/OSAccess", Assert.Single(condition.Values).Text);
        }

        [Fact]
        public void SeedGrantParsesWithBothDateConditions()
        {
            var document = PolicyParser.Parse(SeedFiles.AssumeRoleGrant);

            var statement = Assert.Single(document.Statements);
            Assert.Null(statement.Sid);
            Assert.Collection(statement.Conditions,
                c => Assert.Equal(("DateGreaterThan", "2020-04-01T00:00:00Z"), (c.Operator.Value, c.Values[0].Text)),
                c => Assert.Equal(("DateLessThan", "2020-06-30T23:59:59Z"), (c.Operator.Value, c.Values[0].Text)));
        }
    }
}
