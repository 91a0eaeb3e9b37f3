namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// How large a policy is as AWS counts it for its type: the text as written (what the API would be sent) and, when the
    /// text parses, the canonical minified form OsAccess writes.
    /// </summary>
    public sealed class PolicySize
    {
        public PolicySize(PolicySizeLimit limit, int written, int? minified)
        {
            LimitInfo = limit;
            Written = written;
            Minified = minified;
        }

        public PolicyType Type => LimitInfo.Type;

        /// <summary>The quota and how it is counted.</summary>
        public PolicySizeLimit LimitInfo { get; }

        /// <summary>Characters that count, in the text as written.</summary>
        public int Written { get; }

        /// <summary>Characters that count, in the canonical minified form; null when the text does not parse.</summary>
        public int? Minified { get; }

        /// <summary>The quota; null for resource policies, whose quota is the service's.</summary>
        public int? Limit => LimitInfo.Limit;

        /// <summary>Characters left before the quota, for the text as written; negative when over; null without a quota.</summary>
        public int? Headroom => Limit - Written;

        /// <summary>Characters left before the quota, for the minified form.</summary>
        public int? MinifiedHeadroom => Limit - Minified;

        public bool IsOverLimit => Headroom < 0;

        public override string ToString() =>
            Limit == null ? $"{Written} characters" : $"{Written} of {Limit} characters ({Type})";
    }
}
