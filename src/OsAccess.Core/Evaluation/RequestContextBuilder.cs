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
        private readonly CallerIdentity caller;
        /// <summary>Global keys AWS defines as lists; a key set with several values, or with <see cref="WithList"/>, is one too.</summary>
        public static readonly IReadOnlyCollection<string> KnownMultivaluedKeys = new[]
        {
            "aws:CalledVia", "aws:TagKeys", "aws:PrincipalOrgPaths", "aws:PrincipalServiceNamesList",
        };

        private readonly Dictionary<string, string[]> explicitValues = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> lists = new HashSet<string>(KnownMultivaluedKeys, StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> principalTags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> calledVia = new List<string>();
        private IClock clock = SystemClock.Instance;
        private string? userId;

        public RequestContextBuilder(CallerIdentity caller) => this.caller = caller ?? throw new ArgumentNullException(nameof(caller));

        /// <summary>Starts from a caller ARN; see <see cref="CallerIdentity.Parse"/>.</summary>
        public RequestContextBuilder(string callerArn, string? roleArn = null)
            : this(CallerIdentity.Parse(callerArn, roleArn))
        {
        }

        public RequestContextBuilder WithClock(IClock clock)
        {
            this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
            return this;
        }

        /// <summary>Evaluates the request as if it were sent at this instant.</summary>
        public RequestContextBuilder At(DateTimeOffset instant) => WithClock(new FixedClock(instant));

        /// <summary>The caller's unique id for <c>aws:userid</c>: AIDA… for a user, <c>AROA…:session</c> for a role session.</summary>
        public RequestContextBuilder WithUserId(string userId)
        {
            this.userId = userId;
            return this;
        }

        public RequestContextBuilder WithPrincipalTag(string key, string value)
        {
            principalTags[key] = value;
            return this;
        }

        /// <summary>The services that made the request on the caller's behalf, first to last.</summary>
        public RequestContextBuilder WithCalledVia(params string[] services)
        {
            calledVia.AddRange(services);
            return this;
        }

        /// <summary>Sets a context key; several values make it multivalued. Overrides a derived key of the same name.</summary>
        public RequestContextBuilder With(string key, params string[] values)
        {
            if (string.IsNullOrEmpty(key)) throw new ArgumentException("A context key needs a name.", nameof(key));
            explicitValues[key] = values ?? Array.Empty<string>();
            if (explicitValues[key].Length > 1) lists.Add(key);
            return this;
        }

        /// <summary>Sets a multivalued key (a list, even of one value), compared only through ForAllValues/ForAnyValue.</summary>
        public RequestContextBuilder WithList(string key, params string[] values)
        {
            With(key, values);
            lists.Add(key);
            return this;
        }

        public RequestContext Build()
        {
            var now = clock.UtcNow.ToUniversalTime();
            var values = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            Derive(values, now);
            foreach (var pair in explicitValues) values[pair.Key] = pair.Value;
            var lists = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var key in this.lists)
            {
                if (values.ContainsKey(key)) lists.Add(key);
            }
            return new RequestContext(caller, now, values, lists);
        }

        private void Derive(Dictionary<string, string[]> values, DateTimeOffset now)
        {
            values["aws:CurrentTime"] = new[] { now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) };
            values["aws:EpochTime"] = new[] { now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) };
            if (caller.Kind == CallerKind.Service)
            {
                values["aws:PrincipalIsAWSService"] = new[] { "true" };
                values["aws:PrincipalServiceName"] = new[] { caller.Name };
            }
            else
            {
                values["aws:PrincipalArn"] = new[] { caller.PrincipalArn };
                values["aws:PrincipalAccount"] = new[] { caller.AccountId };
                values["aws:PrincipalType"] = new[] { caller.PrincipalType };
                values["aws:PrincipalIsAWSService"] = new[] { "false" };
            }
            if (caller.Kind == CallerKind.User) values["aws:username"] = new[] { caller.Name };
            var userId = this.userId ?? (caller.Kind == CallerKind.Account ? caller.AccountId : null);
            if (userId != null) values["aws:userid"] = new[] { userId };
            foreach (var tag in principalTags) values["aws:PrincipalTag/" + tag.Key] = new[] { tag.Value };
            if (calledVia.Count > 0)
            {
                values["aws:CalledVia"] = calledVia.ToArray();
                values["aws:CalledViaFirst"] = new[] { calledVia[0] };
                values["aws:CalledViaLast"] = new[] { calledVia[calledVia.Count - 1] };
            }
        }
    }
}
