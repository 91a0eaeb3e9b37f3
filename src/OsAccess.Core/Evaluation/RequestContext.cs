using System;
using System.Collections.Generic;

namespace OsAccess.Core.Evaluation
{
    /// <summary>
    /// The caller and the context keys of a request, as AWS would assemble them: derived keys
    /// (<c>aws:PrincipalArn</c>, <c>aws:PrincipalAccount</c>, <c>aws:CurrentTime</c>, …) plus the keys the request
    /// carries. Key names are case-insensitive; a key has one value or, for multivalued keys, several.
    /// Build one with <see cref="RequestContextBuilder"/>; it is immutable and can serve many requests.
    /// </summary>
    public sealed class RequestContext
    {
        private readonly Dictionary<string, string[]> values;
        private readonly HashSet<string> multivalued;

        internal RequestContext(CallerIdentity caller, DateTimeOffset currentTime, Dictionary<string, string[]> values, HashSet<string> multivalued)
        {
            Caller = caller;
            CurrentTime = currentTime;
            this.values = values;
            this.multivalued = multivalued;
        }

        public CallerIdentity Caller { get; }

        /// <summary>The instant the request is evaluated at (what <c>aws:CurrentTime</c> holds).</summary>
        public DateTimeOffset CurrentTime { get; }

        /// <summary>Every key present, with its values.</summary>
        public IReadOnlyDictionary<string, string[]> Values => values;

        /// <summary>The key's values; false when the key is absent or has no values.</summary>
        public bool TryGetValues(string key, out string[] values)
        {
            if (this.values.TryGetValue(key, out var found) && found.Length > 0)
            {
                values = found;
                return true;
            }
            values = Array.Empty<string>();
            return false;
        }

        /// <summary>
        /// Whether the key holds a list (aws:TagKeys, aws:CalledVia, …): such keys need ForAllValues/ForAnyValue.
        /// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
        /// </summary>
        public bool IsMultivalued(string key) => multivalued.Count > 0 && multivalued.Contains(key);

        public bool Contains(string key) => values.TryGetValue(key, out var found) && found.Length > 0;

        /// <summary>
        /// The value a policy variable <c>${key}</c> takes: the key's single value; null when the key is absent or
        /// multivalued (multivalued keys cannot be used as variables).
        /// </summary>
        public string? ResolveVariable(string key) =>
            values.TryGetValue(key, out var found) && found.Length == 1 && !IsMultivalued(key) ? found[0] : null;
    }
}
