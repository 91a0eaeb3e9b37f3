using System.Linq;
using OsAccess.Core.Evaluation;
using OsAccess.Core.Policy;
using OsAccess.Differential;

namespace OsAccess.Core.Tests.Evaluation
{
    /// <summary>Decide (the allocation-free fast path, which stops early) and Evaluate (which traces everything) always agree.</summary>
    public class FastPathTests
    {
        [Fact]
        public void DecideAndEvaluateAgreeOnGeneratedRequests()
        {
            var builder = new DifferentialRequests();
            var disagreements = new CorpusGenerator(424242).Generate(5000)
                .Select(c => (Case: c, Request: builder.Build(c)))
                .Where(x => PolicyEvaluator.Decide(x.Request) != PolicyEvaluator.Evaluate(x.Request).Decision)
                .Select(x => x.Case.Id)
                .ToArray();
            Assert.Empty(disagreements);
        }

        [Fact]
        public void EveryExplicitDenyNamesADenyStatementAndEveryAllowAnAllowStatement()
        {
            var builder = new DifferentialRequests();
            foreach (var @case in new CorpusGenerator(99).Generate(2000))
            {
                var result = PolicyEvaluator.Evaluate(builder.Build(@case));
                if (result.Decision == Decision.ExplicitDeny) Assert.Contains(result.MatchedStatements, s => s.Effect == PolicyEffect.Deny);
                if (result.Decision == Decision.Allowed) Assert.Contains(result.MatchedStatements, s => s.Effect == PolicyEffect.Allow || @case.Principal.EndsWith(":root"));
                Assert.NotEmpty(result.Explanation);
            }
        }
    }
}
