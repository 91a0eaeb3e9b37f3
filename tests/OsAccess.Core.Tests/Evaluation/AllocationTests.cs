using System;
using OsAccess.Core.Evaluation;

namespace OsAccess.Core.Tests.Evaluation
{
    /// <summary>Decide allocates nothing once policies are compiled and the context is built (counts bytes, not time).</summary>
    public class AllocationTests
    {
        private static readonly CompiledPolicy Full = Ask.Policy(Ask.FullAwsAccess);
        private static readonly CompiledPolicy Guardrail = CompiledPolicy.Parse(SeedFiles.GuardrailScp, "guardrail");

        private static long BytesFor(EvaluationRequest request)
        {
            for (var i = 0; i < 2000; i++) PolicyEvaluator.Decide(request);
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++) PolicyEvaluator.Decide(request);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        [Theory]
        [InlineData("arn:aws:sts::123456789012:assumed-role/Admin/alice")]
        [InlineData("arn:aws:sts::123456789012:assumed-role/OSAccess/alice")]
        public void TheGuardrailQuestionAllocatesNothing(string caller) => Assert.Equal(0, BytesFor(new EvaluationRequest
        {
            Action = "ssm:StartSession",
            Resource = "arn:aws:ec2:us-east-1:123456789012:instance/i-0abc",
            Context = new RequestContextBuilder(caller).At(Ask.Noon).Build(),
            IdentityPolicies = new[] { Full },
            ServiceControlPolicies = Ask.Path(Ask.Level("r-root", Full), Ask.Level("ou-workloads", Full, Guardrail)),
        }));

        [Theory]
        [InlineData("2026-12-01T08:59:59Z")]
        [InlineData("2026-12-01T12:00:00Z")]
        public void AGrantWhoseConditionsFailAllocatesNothing(string instant)
        {
            var grant = Ask.Allow("sts:AssumeRole", "arn:aws:iam::123456789012:role/OSAccess",
                "{\"DateGreaterThan\":{\"aws:CurrentTime\":\"2026-12-01T09:00:00Z\"},\"DateLessThan\":{\"aws:CurrentTime\":\"2026-12-01T17:00:00Z\"}}");
            var context = new RequestContextBuilder("arn:aws:iam::123456789012:user/alice").At(DateTimeOffset.Parse(instant)).Build();
            Assert.Equal(0, BytesFor(Ask.Request("sts:AssumeRole", "arn:aws:iam::123456789012:role/OSAccess", context, grant)));
        }

        [Fact]
        public void ResourcePoliciesVariablesAndDatesAllocateNothing()
        {
            var bucket = Ask.Policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:role/Reader\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket/${aws:PrincipalTag/team}/*\",\"Condition\":{\"DateLessThan\":{\"aws:CurrentTime\":\"2030-01-01T00:00:00Z\"},\"StringLike\":{\"aws:PrincipalArn\":\"*:role/${aws:PrincipalTag/missing, 'Reader'}\"}}}]}");
            var request = new EvaluationRequest
            {
                Action = "s3:GetObject",
                Resource = "arn:aws:s3:::bucket/ops/report.csv",
                Context = new RequestContextBuilder("arn:aws:sts::123456789012:assumed-role/Reader/alice").WithPrincipalTag("team", "ops").At(Ask.Noon).Build(),
                ResourcePolicy = bucket,
            };
            Assert.Equal(Decision.Allowed, PolicyEvaluator.Decide(request));
            Assert.Equal(0, BytesFor(request));
        }
    }
}
