using System;
using System.Collections.Generic;
using System.Globalization;
using OsAccess.Core.Time;

namespace OsAccess.Core.Evaluation
{
    /// <summary>
    /// Assembles a <see cref="RequestContext"/> the way AWS does: from the caller's ARN it derives
    /// <c>aws:PrincipalArn</c> (the role's ARN for a role session), <c>aws:PrincipalAccount</c>,
    /// <c>aws:PrincipalType</c>, <c>aws:PrincipalIsAWSService</c>, <c>aws:username</c> (IAM users) and
    /// <c>aws:userid</c> (when known); from the clock <c>aws:CurrentTime</c> and <c>aws:EpochTime</c>; from the
    /// service chain <c>aws:CalledVia</c>, <c>aws:CalledViaFirst</c>, <c>aws:CalledViaLast</c>; from tags
    /// <c>aws:PrincipalTag/…</c>. Keys set with <see cref="With(string, string[])"/> override derived ones.
    /// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
    /// </summary>
    public sealed class RequestContextBuilder
    {
        private readonly CallerIdentity _caller;
        /// <summary>Global keys AWS defines as lists; a key set with several values, or with <see cref="WithList"/>, is one too.</summary>
        public static readonly IReadOnlyCollection<string> KnownMultivaluedKeys = new[]
        {
            "aws:CalledVia", "aws:TagKeys", "aws:PrincipalOrgPaths", "aws:PrincipalServiceNamesList",
        };

        private readonly Dictionary<string, string[]> _explicit = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _lists = new HashSet<string>(KnownMultivaluedKeys, StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _principalTags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _calledVia = new List<string>();
        private IClock _clock = SystemClock.Instance;
        private string? _userId;

        public RequestContextBuilder(CallerIdentity caller) => _caller = caller ?? throw new ArgumentNullException(nameof(caller));

        /// <summary>Starts from a caller ARN; see <see cref="CallerIdentity.Parse"/>.</summary>
        public RequestContextBuilder(string callerArn, string? roleArn = null)
            : this(CallerIdentity.Parse(callerArn, roleArn))
        {
        }

        public RequestContextBuilder WithClock(IClock clock)
        {
            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            return this;
        }

        /// <summary>Evaluates the request as if it were sent at this instant.</summary>
        public RequestContextBuilder At(DateTimeOffset instant) => WithClock(new FixedClock(instant));

        /// <summary>The caller's unique id for <c>aws:userid</c>: AIDA… for a user, <c>AROA…:session</c> for a role session.</summary>
        public RequestContextBuilder WithUserId(string userId)
        {
            _userId = userId;
            return this;
        }

        public RequestContextBuilder WithPrincipalTag(string key, string value)
        {
            _principalTags[key] = value;
            return this;
        }

        /// <summary>The services that made the request on the caller's behalf, first to last.</summary>
        public RequestContextBuilder WithCalledVia(params string[] services)
        {
            _calledVia.AddRange(services);
            return this;
        }

        /// <summary>Sets a context key; several values make it multivalued. Overrides a derived key of the same name.</summary>
        public RequestContextBuilder With(string key, params string[] values)
        {
            if (string.IsNullOrEmpty(key)) throw new ArgumentException("A context key needs a name.", nameof(key));
            _explicit[key] = values ?? Array.Empty<string>();
            if (_explicit[key].Length > 1) _lists.Add(key);
            return this;
        }

        /// <summary>Sets a multivalued key (a list, even of one value), compared only through ForAllValues/ForAnyValue.</summary>
        public RequestContextBuilder WithList(string key, params string[] values)
        {
            With(key, values);
            _lists.Add(key);
            return this;
        }

        public RequestContext Build()
        {
            var now = _clock.UtcNow.ToUniversalTime();
            var values = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            Derive(values, now);
            foreach (var pair in _explicit) values[pair.Key] = pair.Value;
            var lists = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var key in _lists)
            {
                if (values.ContainsKey(key)) lists.Add(key);
            }
            return new RequestContext(_caller, now, values, lists);
        }

        private void Derive(Dictionary<string, string[]> values, DateTimeOffset now)
        {
            values["aws:CurrentTime"] = new[] { now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) };
            values["aws:EpochTime"] = new[] { now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) };
            if (_caller.Kind == CallerKind.Service)
            {
                values["aws:PrincipalIsAWSService"] = new[] { "true" };
                values["aws:PrincipalServiceName"] = new[] { _caller.Name };
            }
            else
            {
                values["aws:PrincipalArn"] = new[] { _caller.PrincipalArn };
                values["aws:PrincipalAccount"] = new[] { _caller.AccountId };
                values["aws:PrincipalType"] = new[] { _caller.PrincipalType };
                values["aws:PrincipalIsAWSService"] = new[] { "false" };
            }
            if (_caller.Kind == CallerKind.User) values["aws:username"] = new[] { _caller.Name };
            var userId = _userId ?? (_caller.Kind == CallerKind.Account ? _caller.AccountId : null);
            if (userId != null) values["aws:userid"] = new[] { userId };
            foreach (var tag in _principalTags) values["aws:PrincipalTag/" + tag.Key] = new[] { tag.Value };
            if (_calledVia.Count > 0)
            {
                values["aws:CalledVia"] = _calledVia.ToArray();
                values["aws:CalledViaFirst"] = new[] { _calledVia[0] };
                values["aws:CalledViaLast"] = new[] { _calledVia[_calledVia.Count - 1] };
            }
        }
    }
}
