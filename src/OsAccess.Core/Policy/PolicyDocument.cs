using System.Collections.Generic;

namespace OsAccess.Core.Policy
{
    /// <summary>An IAM policy document: identity, resource, trust, permissions boundary, session or service control policy.</summary>
    public sealed class PolicyDocument
    {
        public const string CurrentVersion = "2012-10-17";

        public PolicyText? Version { get; init; }

        public PolicyText? Id { get; init; }

        public IReadOnlyList<PolicyStatement> Statements { get; init; } = new PolicyStatement[0];

        /// <summary>Where the document's '{' stands; <see cref="SourcePosition.None"/> for documents built in code.</summary>
        public SourcePosition Position { get; init; }

        /// <summary>Where each top-level element's name stands, by element name.</summary>
        public IReadOnlyDictionary<string, SourcePosition> ElementPositions { get; init; } = new Dictionary<string, SourcePosition>();

        /// <summary>Where <paramref name="element"/> stands, or where the document opens when it has no such element.</summary>
        public SourcePosition PositionOf(string element) =>
            ElementPositions.TryGetValue(element, out var position) ? position : Position;
    }
}
