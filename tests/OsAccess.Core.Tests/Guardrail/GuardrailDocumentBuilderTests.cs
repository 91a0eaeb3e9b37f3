using System;
using System.Linq;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Tests.Guardrail
{
    public class GuardrailDocumentBuilderTests
    {
        [Fact]
        public void DefaultScpIsTheSeedsScp()
        {
            var built = GuardrailScpBuilder.Build().Statements.Single();
            var seed = PolicyParser.Parse(SeedFiles.GuardrailScp).Statements.Single();

            Assert.Equal(seed.EffectValue, built.EffectValue);
            Assert.Equal(seed.Action!.Select(a => a.Value), built.Action!.Select(a => a.Value));
            Assert.Equal(seed.Resource!.Select(a => a.Value), built.Resource!.Select(a => a.Value));
            var (seedCondition, builtCondition) = (seed.Conditions.Single(), built.Conditions.Single());
            Assert.Equal(seedCondition.Operator.Value, builtCondition.Operator.Value);
            Assert.Equal(seedCondition.Key.Value, builtCondition.Key.Value, StringComparer.OrdinalIgnoreCase);
            Assert.Equal(seedCondition.Values.Select(v => v.Text), builtCondition.Values.Select(v => v.Text));
        }

        [Fact]
        public void RolePolicyIsTheSeedsPolicyCorrected()
        {
            var policy = OsAccessRolePolicyBuilder.Build("111122223333");
            var json = PolicyJsonWriter.Write(policy);

            var sids = policy.Statements.Select(s => s.Sid!.Value.Value).ToList();
            Assert.Equal(sids.Count, sids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.DoesNotContain("account-id", json);
            Assert.Contains("arn:aws:ec2:*:111122223333:instance/*", json);
            Assert.Contains("\"ForAnyValue:StringEquals\":{\"aws:CalledVia\":\"ssm-guiconnect.amazonaws.com\"}", json);
            Assert.Contains("\"StringLike\":{\"ssm:resourceTag/aws:ssmmessages:session-id\":\"${aws:userid}\"}", json);
            // Every action the seed's policy names is still granted.
            var seedActions = new[]
            {
                "ssm:StartSession", "ssm:TerminateSession", "ssm:ResumeSession", "ec2:DescribeInstances", "ec2:GetPasswordData",
                "ssm:DescribeInstanceProperties", "ssm:GetCommandInvocation", "ssm:GetInventorySchema",
                "ssm-guiconnect:CancelConnection", "ssm-guiconnect:GetConnection", "ssm-guiconnect:StartConnection", "ssm-guiconnect:ListConnections",
            };
            // ...and the one AWS's Session Manager end-user policies now add: the data channel of the caller's own sessions.
            Assert.Equal(seedActions.Append("ssmmessages:OpenDataChannel").OrderBy(a => a), policy.Statements.SelectMany(s => s.Action!).Select(a => a.Value).Distinct().OrderBy(a => a));
            var dataChannel = policy.Statements.Single(s => s.Action!.Any(a => a.Value == "ssmmessages:OpenDataChannel"));
            Assert.Equal(new[] { "arn:aws:ssm:*:111122223333:session/*" }, dataChannel.Resource!.Select(r => r.Value));
            Assert.Equal(json, PolicyJsonWriter.Write(PolicyParser.Parse(json)));
            Assert.True(PolicyValidator.IsValid(PolicyValidator.Validate(json, PolicyType.RoleInline)));
        }

        [Theory]
        [InlineData("account-id")]
        [InlineData("12345678901")]
        [InlineData("1234567890123")]
        [InlineData("")]
        public void RolePolicyNeedsARealAccountId(string accountId)
        {
            var error = Assert.Throws<ArgumentException>(() => OsAccessRolePolicyBuilder.Build(accountId));
            Assert.Contains("12 digits", error.Message);
        }

        [Fact]
        public void TrustPolicyTrustsTheHubAccount()
        {
            var statement = OsAccessTrustPolicyBuilder.Build("999988887777").Statements.Single();

            Assert.Equal(PolicyEffect.Allow, statement.EffectValue);
            Assert.Equal("arn:aws:iam::999988887777:root", statement.Principal!.Entries.Single().Values.Single().Value);
            Assert.Equal("sts:AssumeRole", statement.Action!.Single().Value);
            Assert.Null(statement.Resource);
            Assert.Empty(statement.Conditions);
        }

        [Fact]
        public void TrustPolicyCanBindSessionNamesToUserNames()
        {
            var condition = OsAccessTrustPolicyBuilder.Build("999988887777", requireSessionNameMatchesUser: true).Statements.Single().Conditions.Single();

            Assert.Equal(("StringEquals", "sts:RoleSessionName", "${aws:username}"), (condition.Operator.Value, condition.Key.Value, condition.Values.Single().Text));
        }
    }
}
