namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// The size quota of one policy type, and how AWS counts characters against it.
    /// <see cref="Limit"/> is null where the quota belongs to the service that stores the policy (resource policies).
    /// </summary>
    public sealed class PolicySizeLimit
    {
        public PolicySizeLimit(PolicyType type, int? limit, int? raisableTo, bool countsWhitespace, string quotaName, string source)
        {
            Type = type;
            Limit = limit;
            RaisableTo = raisableTo;
            CountsWhitespace = countsWhitespace;
            QuotaName = quotaName;
            Source = source;
        }

        public PolicyType Type { get; }

        /// <summary>The quota in characters (the default quota where it can be raised).</summary>
        public int? Limit { get; }

        /// <summary>How far a Service Quotas request can raise <see cref="Limit"/>; null when it cannot be raised.</summary>
        public int? RaisableTo { get; }

        /// <summary>False when AWS leaves white space out of the count (IAM); true when every character sent counts (Organizations, STS).</summary>
        public bool CountsWhitespace { get; }

        /// <summary>The quota's name as AWS documents it.</summary>
        public string QuotaName { get; }

        /// <summary>The AWS documentation page the figure and the counting rule come from.</summary>
        public string Source { get; }
    }
}
