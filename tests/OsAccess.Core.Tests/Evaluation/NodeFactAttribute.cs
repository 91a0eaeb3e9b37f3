using OsAccess.Differential;

namespace OsAccess.Core.Tests.Evaluation
{
    /// <summary>A fact that needs node (for the iam-simulate oracle); skipped with the reason when node is absent.</summary>
    public sealed class NodeFactAttribute : FactAttribute
    {
        public NodeFactAttribute()
        {
            if (NodeOracle.WhyUnavailable != null) Skip = NodeOracle.WhyUnavailable;
        }
    }
}
