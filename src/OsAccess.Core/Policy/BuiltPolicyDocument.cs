using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Policy
{
    /// <summary>A document OsAccess would write to AWS, ready for review: its JSON for people, the JSON it sends, and its size against the quota.</summary>
    public sealed class BuiltPolicyDocument
    {
        public BuiltPolicyDocument(string name, PolicyType policyType, PolicyDocument document, string? accountId = null)
        {
            Name = name;
            AccountId = accountId;
            PolicyType = policyType;
            Document = document;
            Json = PolicyJsonWriter.Write(document, PolicyJsonStyle.Indented);
            MinifiedJson = PolicyJsonWriter.Write(document, PolicyJsonStyle.Minified);
            Size = PolicySizeCounter.Count(MinifiedJson, policyType);
            SizeLimit = PolicySizeLimits.For(policyType).Limit;
        }

        /// <summary>What the document is, e.g. <c>OSAccessPolicy</c>.</summary>
        public string Name { get; }

        /// <summary>The account the document is written for, when it differs from account to account; null otherwise.</summary>
        public string? AccountId { get; }

        public PolicyType PolicyType { get; }

        public PolicyDocument Document { get; }

        /// <summary>Indented canonical JSON, for people.</summary>
        public string Json { get; }

        /// <summary>Minified canonical JSON: exactly what OsAccess sends to AWS.</summary>
        public string MinifiedJson { get; }

        /// <summary>Characters, counted as AWS counts them for <see cref="PolicyType"/>.</summary>
        public int Size { get; }

        /// <summary>The quota for <see cref="PolicyType"/>, or null where the service sets it.</summary>
        public int? SizeLimit { get; }

        public override string ToString() => Json;
    }
}
