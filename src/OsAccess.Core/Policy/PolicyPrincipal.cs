using System.Collections.Generic;

namespace OsAccess.Core.Policy
{
    /// <summary>
    /// A Principal or NotPrincipal element: either the bare string <c>"*"</c> or a map of principal type
    /// (<c>AWS</c>, <c>Service</c>, <c>Federated</c>, <c>CanonicalUser</c>) to one or more identifiers.
    /// </summary>
    public sealed class PolicyPrincipal
    {
        public static readonly IReadOnlyList<string> KnownTypes = new[] { "AWS", "Service", "Federated", "CanonicalUser" };

        private PolicyPrincipal(bool isWildcard, IReadOnlyList<PrincipalEntry> entries, SourcePosition position)
        {
            IsWildcard = isWildcard;
            Entries = entries;
            Position = position;
        }

        public static PolicyPrincipal Everyone(SourcePosition position = default) =>
            new PolicyPrincipal(true, new PrincipalEntry[0], position);

        public static PolicyPrincipal Of(IReadOnlyList<PrincipalEntry> entries, SourcePosition position = default) =>
            new PolicyPrincipal(false, entries, position);

        public static PolicyPrincipal Aws(params string[] identifiers) =>
            Of(new[] { new PrincipalEntry("AWS", StatementLists.Of(identifiers)) });

        public static PolicyPrincipal Service(params string[] services) =>
            Of(new[] { new PrincipalEntry("Service", StatementLists.Of(services)) });

        /// <summary>True for the bare <c>"Principal": "*"</c>.</summary>
        public bool IsWildcard { get; }

        public IReadOnlyList<PrincipalEntry> Entries { get; }

        public SourcePosition Position { get; }
    }

    public sealed class PrincipalEntry
    {
        public PrincipalEntry(PolicyText type, IReadOnlyList<PolicyText> values)
        {
            Type = type;
            Values = values;
        }

        public PolicyText Type { get; }

        public IReadOnlyList<PolicyText> Values { get; }
    }
}
