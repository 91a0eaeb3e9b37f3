using System.Linq;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Tests.Policy
{
    public class PolicyParserTests
    {
        [Fact]
        public void ReadsEveryGrammarElement()
        {
            const string json = @"{
  ""Version"": ""2012-10-17"",
  ""Id"": ""doc-1"",
  ""Statement"": [
    {
      ""Sid"": ""One"",
      ""Effect"": ""Allow"",
      ""Principal"": {""AWS"": [""arn:aws:iam::111122223333:root"", ""444455556666""], ""Service"": ""ec2.amazonaws.com"", ""Federated"": ""cognito-identity.amazonaws.com"", ""CanonicalUser"": ""79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be""},
      ""Action"": [""sts:AssumeRole"", ""sts:TagSession""],
      ""Resource"": ""*"",
      ""Condition"": {
        ""NumericLessThanEquals"": {""aws:MultiFactorAuthAge"": 3600},
        ""Bool"": {""aws:SecureTransport"": true},
        ""ForAnyValue:StringLike"": {""aws:TagKeys"": [""team-*"", ""env""]}
      }
    },
    {
      ""Effect"": ""Deny"",
      ""NotPrincipal"": ""*"",
      ""NotAction"": ""iam:*"",
      ""NotResource"": [""arn:aws:s3:::bucket/*""]
    }
  ]
}";
            var document = PolicyParser.Parse(json);

            Assert.Equal("2012-10-17", document.Version?.Value);
            Assert.Equal("doc-1", document.Id?.Value);
            Assert.Equal(new SourcePosition(4, 3), document.PositionOf("Statement"));
            var first = document.Statements[0];
            Assert.Equal("One", first.Sid?.Value);
            Assert.Equal(PolicyEffect.Allow, first.EffectValue);
            Assert.Equal(new[] { "AWS", "Service", "Federated", "CanonicalUser" }, first.Principal!.Entries.Select(e => e.Type.Value));
            Assert.Equal(new[] { "arn:aws:iam::111122223333:root", "444455556666" }, first.Principal.Entries[0].Values.Select(v => v.Value));
            Assert.Equal(new[] { "sts:AssumeRole", "sts:TagSession" }, first.Action!.Select(a => a.Value));
            Assert.Null(first.NotAction);
            Assert.Equal(new SourcePosition(9, 18), first.Action![0].Position);
            Assert.Collection(first.Conditions,
                c => Assert.Equal(("NumericLessThanEquals", "aws:MultiFactorAuthAge", "3600", ConditionValueKind.Number), (c.Operator.Value, c.Key.Value, c.Values[0].Text, c.Values[0].Kind)),
                c => Assert.Equal(("Bool", "true", ConditionValueKind.Boolean), (c.Operator.Value, c.Values[0].Text, c.Values[0].Kind)),
                c => Assert.Equal(new[] { "team-*", "env" }, c.Values.Select(v => v.Text)));
            var second = document.Statements[1];
            Assert.Null(second.Sid);
            Assert.Equal(PolicyEffect.Deny, second.EffectValue);
            Assert.True(second.NotPrincipal!.IsWildcard);
            Assert.Equal("iam:*", Assert.Single(second.NotAction!).Value);
            Assert.Equal("arn:aws:s3:::bucket/*", Assert.Single(second.NotResource!).Value);
            Assert.Null(second.Action);
            Assert.Empty(second.Conditions);
        }

        [Fact]
        public void SingleStatementObjectIsAccepted()
        {
            var document = PolicyParser.Parse(@"{""Statement"": {""Effect"": ""Allow"", ""Action"": ""s3:GetObject"", ""Resource"": ""*""}}");

            Assert.Single(document.Statements);
            Assert.Null(document.Version);
        }

        [Fact]
        public void EffectIsReadCaseSensitively()
        {
            var document = PolicyParser.Parse(@"{""Statement"": {""Effect"": ""allow"", ""Action"": ""*"", ""Resource"": ""*""}}");

            Assert.Equal("allow", document.Statements[0].Effect?.Value);
            Assert.Null(document.Statements[0].EffectValue);
        }

        [Theory]
        [InlineData(@"[]", 1, 1, "must be a JSON object")]
        [InlineData(@"{""Version"": ""2012-10-17""}", 1, 1, "no \"Statement\"")]
        [InlineData(@"{""Statement"": ""x""}", 1, 15, "object or an array of objects")]
        [InlineData(@"{""Statement"": [""x""]}", 1, 16, "must be a JSON object")]
        [InlineData(@"{""Statements"": []}", 1, 2, "did you mean \"Statement\"")]
        [InlineData(@"{""Statement"": [], ""Statement"": []}", 1, 19, "appears twice")]
        [InlineData(@"{""Version"": 2012, ""Statement"": []}", 1, 13, "\"Version\" must be a string")]
        [InlineData(@"{""Statement"": [{""action"": ""*""}]}", 1, 17, "case-sensitive")]
        [InlineData(@"{""Statement"": [{""Action"": 5}]}", 1, 27, "string or an array of strings")]
        [InlineData(@"{""Statement"": [{""Action"": [""a:b"", 5]}]}", 1, 35, "must be a string in double quotes")]
        [InlineData(@"{""Statement"": [{""Principal"": ""arn:aws:iam::111122223333:root""}]}", 1, 30, "may only be \"*\"")]
        [InlineData(@"{""Statement"": [{""Principal"": [""*""]}]}", 1, 30, "must be \"*\" or an object")]
        [InlineData(@"{""Statement"": [{""Condition"": []}]}", 1, 30, "object of operators")]
        [InlineData(@"{""Statement"": [{""Condition"": {""StringEquals"": ""x""}}]}", 1, 47, "must map condition keys")]
        [InlineData(@"{""Statement"": [{""Condition"": {""StringEquals"": {""k"": null}}}]}", 1, 53, "string, number or boolean")]
        [InlineData(@"{""Statement"": [{""Condition"": {""StringEquals"": {""k"": [{}]}}}]}", 1, 54, "string, number or boolean")]
        [InlineData(@"{""Statement"": [{""Condition"": {""StringEquals"": {""aws:A"": ""1"", ""AWS:a"": ""2""}}}]}", 1, 62, "keys are case-insensitive")]
        [InlineData(@"{""Statement"": [{""Condition"": {""Bool"": {}, ""Bool"": {}}}]}", 1, 43, "appears twice in one Condition block")]
        public void GrammarErrorsCarryTheirPosition(string json, int line, int column, string messagePart)
        {
            var error = Assert.Throws<PolicyParseException>(() => PolicyParser.Parse(json));

            Assert.Contains(messagePart, error.Reason);
            Assert.Equal(new SourcePosition(line, column), error.Position);
        }

        [Fact]
        public void TryParseReportsInsteadOfThrowing()
        {
            Assert.False(PolicyParser.TryParse("{", out var document, out var error));
            Assert.Null(document);
            Assert.NotNull(error);
            Assert.True(PolicyParser.TryParse(SeedFiles.GuardrailScp, out document, out error));
            Assert.NotNull(document);
            Assert.Null(error);
        }
    }
}
