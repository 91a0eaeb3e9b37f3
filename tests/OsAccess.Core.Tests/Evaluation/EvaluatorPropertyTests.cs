using System.Collections.Generic;
using System.Linq;
using OsAccess.Core.Evaluation;
using OsAccess.Differential;

namespace OsAccess.Core.Tests.Evaluation
{
    /// <summary>
    /// Properties that hold for every request, checked over generated ones: what adding a Deny, an SCP or a boundary
    /// may and may not change (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html).
    /// </summary>
    public class EvaluatorPropertyTests
    {
        private static readonly CompiledPolicy DenyAll = Ask.Deny("*");
        private static readonly CompiledPolicy AllowAll = Ask.Policy(Ask.FullAwsAccess, "FullAWSAccess");

        private static IEnumerable<EvaluationRequest> Requests(int seed)
        {
            var builder = new DifferentialRequests();
            return new CorpusGenerator(seed).Generate(1500).Select(builder.Build);
        }

        private static EvaluationRequest With(EvaluationRequest r, IReadOnlyList<CompiledPolicy>? identity = null, IReadOnlyList<OrganizationLevel>? scps = null, CompiledPolicy? boundary = null) => new EvaluationRequest
        {
            Action = r.Action, Resource = r.Resource, ResourceAccount = r.ResourceAccount, Context = r.Context,
            IdentityPolicies = identity ?? r.IdentityPolicies, PermissionsBoundary = boundary ?? r.PermissionsBoundary, SessionPolicy = r.SessionPolicy,
            ResourcePolicy = r.ResourcePolicy, ServiceControlPolicies = scps ?? r.ServiceControlPolicies, ResourceControlPolicies = r.ResourceControlPolicies,
        };

        [Fact]
        public void ADenyForEverythingAlwaysWins()
        {
            foreach (var request in Requests(1))
            {
                Assert.Equal(Decision.ExplicitDeny, PolicyEvaluator.Decide(With(request, identity: request.IdentityPolicies.Append(DenyAll).ToArray())));
            }
        }

        [Fact]
        public void AnotherScpLevelNeverGrants()
        {
            foreach (var request in Requests(2))
            {
                var before = PolicyEvaluator.Decide(request);
                var stricter = request.ServiceControlPolicies.Append(new OrganizationLevel("ou-extra", new[] { Ask.Allow("ssm:*") })).ToArray();
                var after = PolicyEvaluator.Decide(With(request, scps: stricter));
                if (before != Decision.Allowed) Assert.Equal(before, after);
                if (!request.Action.StartsWith("ssm:")) Assert.NotEqual(Decision.Allowed, after);
            }
        }

        // Except that a Deny with NotPrincipal in a resource policy then applies whatever it lists.
        [Fact]
        public void AnAllowEverythingBoundaryChangesNothingWhenThereWasNone()
        {
            foreach (var request in Requests(3).Where(r => r.PermissionsBoundary == null && !HasNotPrincipal(r.ResourcePolicy)))
            {
                Assert.Equal(PolicyEvaluator.Decide(request), PolicyEvaluator.Decide(With(request, boundary: AllowAll)));
            }
        }

        private static bool HasNotPrincipal(CompiledPolicy? policy) => policy != null && policy.Document.Statements.Any(s => s.NotPrincipal != null);

        [Fact]
        public void AllowingEverythingInTheIdentityPolicyOnlyLeavesDeniesFromElsewhere()
        {
            foreach (var request in Requests(4))
            {
                var decision = PolicyEvaluator.Decide(With(request, identity: new[] { AllowAll }));
                if (decision != Decision.ImplicitDeny) continue;
                var result = PolicyEvaluator.Evaluate(With(request, identity: new[] { AllowAll }));
                var sameAccount = request.IsResourceInAccount(request.Context.Caller.AccountId);
                Assert.True(!result.AllowedByOrganizations || !result.AllowedByPermissionsBoundary || !sameAccount ||
                    (request.Action.StartsWith("sts:AssumeRole") && request.ResourcePolicy != null), result.Explanation);
            }
        }
    }
}
