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
        private readonly Dictionary<string, string[]> _values;

        internal RequestContext(CallerIdentity caller, DateTimeOffset currentTime, Dictionary<string, string[]> values)
        {
            Caller = caller;
            CurrentTime = currentTime;
            _values = values;
        }

        public CallerIdentity Caller { get; }

        /// <summary>The instant the request is evaluated at (what <c>aws:CurrentTime</c> holds).</summary>
        public DateTimeOffset CurrentTime { get; }

        /// <summary>Every key present, with its values.</summary>
        public IReadOnlyDictionary<string, string[]> Values => _values;

        /// <summary>The key's values; false when the key is absent or has no values.</summary>
        public bool TryGetValues(string key, out string[] values)
        {
            if (_values.TryGetValue(key, out var found) && found.Length > 0)
            {
                values = found;
                return true;
            }
            values = Array.Empty<string>();
            return false;
        }

        public bool Contains(string key) => _values.TryGetValue(key, out var found) && found.Length > 0;

        /// <summary>
        /// The value a policy variable <c>${key}</c> takes: the key's single value; null when the key is absent or
        /// multivalued (multivalued keys cannot be used as variables).
        /// </summary>
        public string? ResolveVariable(string key) =>
            _values.TryGetValue(key, out var found) && found.Length == 1 ? found[0] : null;
    }
}
