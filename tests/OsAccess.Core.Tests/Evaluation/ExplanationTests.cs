using System;
using OsAccess.Core.Evaluation;

namespace OsAccess.Core.Tests.Evaluation
{
    /// <summary>
    /// Explanations answer the question asked: when a statement would apply but for its conditions, they name the
    /// statement and each condition that failed, with the values compared.
    /// </summary>
    public class ExplanationTests
    {
        private const string Role = "arn:aws:iam::123456789012:role/OSAccess";

        private static readonly CompiledPolicy Grant = Ask.Policy(
            "{\"Version\":\"2012-10-17\",\"Statement\":[" +
            "{\"Sid\":\"ReadOnly\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"true\"}}}," +
            "{\"Sid\":\"AssumeOSAccess\",\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"" + Role + "\"," +
            "\"Condition\":{\"DateGreaterThan\":{\"aws:CurrentTime\":\"2026-12-01T09:00:00Z\"},\"DateLessThan\":{\"aws:CurrentTime\":\"2026-12-01T17:00:00Z\"}}}]}",
            "PolicyInputList policy 1");

        private static EvaluationResult AssumeAt(string instant) => PolicyEvaluator.Evaluate(Ask.Request("sts:AssumeRole", Role,
            new RequestContextBuilder("arn:aws:iam::123456789012:user/alice").At(DateTimeOffset.Parse(instant)).Build(), Grant));

        [Theory]
        [InlineData("2026-12-01T08:59:59Z", "its condition DateGreaterThan: aws:CurrentTime 2026-12-01T08:59:59Z is not after 2026-12-01T09:00:00Z.")]
        [InlineData("2026-12-01T09:00:00Z", "its condition DateGreaterThan: aws:CurrentTime 2026-12-01T09:00:00Z is not after 2026-12-01T09:00:00Z.")]
        [InlineData("2026-12-01T17:00:00Z", "its condition DateLessThan: aws:CurrentTime 2026-12-01T17:00:00Z is not before 2026-12-01T17:00:00Z.")]
        public void AGrantOutsideItsWindowIsExplainedByTheStatementAndTheTimeCompared(string instant, string condition)
        {
            var result = AssumeAt(instant);

            Assert.Equal(Decision.ImplicitDeny, result.Decision);
            Assert.Contains(
                "Identity policy PolicyInputList policy 1, statement 2 \"AssumeOSAccess\" would allow it but for " + condition, result.Explanation);
            Assert.DoesNotContain("ReadOnly", result.Explanation);
        }

        [Fact]
        public void InsideTheWindowNothingUnmetIsMentioned()
        {
            var result = AssumeAt("2026-12-01T12:00:00Z");

            Assert.Equal(Decision.Allowed, result.Decision);
            Assert.DoesNotContain("but for", result.Explanation);
        }

        [Theory]
        [InlineData("{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}", null, null, "IpAddress: the request has no aws:SourceIp")]
        [InlineData("{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}", "aws:SourceIp", "198.51.100.7", "IpAddress: aws:SourceIp 198.51.100.7 is not in 203.0.113.0/24")]
        [InlineData("{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}", "aws:SourceIp", "nowhere", "IpAddress: aws:SourceIp nowhere is not an IP address")]
        [InlineData("{\"StringEquals\":{\"aws:PrincipalTag/team\":[\"ops\",\"sec\"]}}", "aws:PrincipalTag/team", "dev", "StringEquals: aws:PrincipalTag/team \"dev\" does not equal any of \"ops\", \"sec\"")]
        [InlineData("{\"StringNotLike\":{\"aws:PrincipalTag/team\":\"d*\"}}", "aws:PrincipalTag/team", "dev", "StringNotLike: aws:PrincipalTag/team \"dev\" matches \"d*\"")]
        [InlineData("{\"NumericLessThan\":{\"aws:MultiFactorAuthAge\":\"3600\"}}", "aws:MultiFactorAuthAge", "7200", "NumericLessThan: aws:MultiFactorAuthAge 7200 is not less than 3600")]
        [InlineData("{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}", "aws:MultiFactorAuthPresent", "false", "Bool: aws:MultiFactorAuthPresent false is not true")]
        [InlineData("{\"Null\":{\"aws:SourceVpc\":\"true\"}}", "aws:SourceVpc", "vpc-1", "Null: aws:SourceVpc is present, and the condition asks for it to be absent")]
        [InlineData("{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":\"team\"}}", "aws:TagKeys", "cost,owner", "ForAnyValue:StringEquals: no value of aws:TagKeys (\"cost\", \"owner\") meets StringEquals \"team\"")]
        [InlineData("{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":[\"team\",\"cost\"]}}", "aws:TagKeys", "team,owner", "ForAllValues:StringEquals: of the values of aws:TagKeys (\"team\", \"owner\"), aws:TagKeys \"owner\" does not equal any of \"team\", \"cost\"")]
        [InlineData("{\"StringEquals\":{\"aws:TagKeys\":\"team\"}}", "aws:TagKeys", "team,cost", "StringEquals: aws:TagKeys holds several values (\"team\", \"cost\"), which an operator without ForAnyValue: or ForAllValues: does not match")]
        public void EachKindOfConditionSaysWhatItComparedAndWhyItFailed(string condition, string? key, string? values, string expected)
        {
            var policy = Ask.Allow("s3:GetObject", "*", condition);
            var builder = Ask.Caller();
            if (key != null)
            {
                var split = values!.Split(',');
                if (split.Length > 1) builder.WithList(key, split);
                else builder.With(key, split);
            }

            var result = PolicyEvaluator.Evaluate(Ask.Request("s3:GetObject", "arn:aws:s3:::bucket/key", builder.Build(), policy));

            Assert.Equal(Decision.ImplicitDeny, result.Decision);
            Assert.Contains("statement 1 would allow it but for its condition " + expected, result.Explanation);
        }

        [Fact]
        public void EveryUnmetConditionOfAStatementIsNamed()
        {
            var policy = Ask.Allow("s3:GetObject", "*", "{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"},\"Bool\":{\"aws:SecureTransport\":\"true\"}}");

            var result = PolicyEvaluator.Evaluate(Ask.Request("s3:GetObject", "*", Ask.Caller().With("aws:SecureTransport", "false").Build(), policy));

            Assert.Contains("but for its conditions IpAddress: the request has no aws:SourceIp and Bool: aws:SecureTransport false is not true.", result.Explanation);
        }

        [Fact]
        public void AnScpLevelThatDoesNotAllowNamesItsConditionalAllow()
        {
            var regionOnly = Ask.Allow("*", "*", "{\"StringEquals\":{\"aws:RequestedRegion\":\"eu-west-1\"}}");
            var request = new EvaluationRequest
            {
                Action = "ssm:StartSession",
                Resource = "*",
                Context = Ask.Caller().With("aws:RequestedRegion", "us-east-1").Build(),
                IdentityPolicies = new[] { Ask.Policy(Ask.FullAwsAccess) },
                ServiceControlPolicies = Ask.Path(Ask.Level("r-root", Ask.Policy(Ask.FullAwsAccess)), Ask.Level("ou-eu", regionOnly)),
            };

            var result = PolicyEvaluator.Evaluate(request);

            Assert.Equal(Decision.ImplicitDeny, result.Decision);
            Assert.Contains("SCP test on ou-eu, statement 1 would allow it but for its condition StringEquals: aws:RequestedRegion \"us-east-1\" does not equal \"eu-west-1\".", result.Explanation);
        }

        [Fact]
        public void AnAllowedRequestNamesTheDenyThatDidNotApplyAndWhy()
        {
            var guardrail = CompiledPolicy.Parse(SeedFiles.GuardrailScp, "guardrail");
            var request = new EvaluationRequest
            {
                Action = "ssm:StartSession",
                Resource = "*",
                Context = new RequestContextBuilder("arn:aws:sts::123456789012:assumed-role/OSAccess/alice").At(Ask.Noon).Build(),
                IdentityPolicies = new[] { Ask.Policy(Ask.FullAwsAccess) },
                ServiceControlPolicies = Ask.Path(Ask.Level("ou-workloads", Ask.Policy(Ask.FullAwsAccess), guardrail)),
            };

            var result = PolicyEvaluator.Evaluate(request);

            Assert.Equal(Decision.Allowed, result.Decision);
            Assert.Contains("SCP guardrail on ou-workloads, statement 1 \"Statement1\" would deny it but for its condition ArnNotLike: aws:PrincipalARN \"arn:aws:iam::123456789012:role/OSAccess\" matches \"arn:aws:iam::*:role/OSAccess\".", result.Explanation);
        }
    }
}
