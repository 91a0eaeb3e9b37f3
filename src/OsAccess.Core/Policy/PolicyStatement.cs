using System.Collections.Generic;

namespace OsAccess.Core.Policy
{
    /// <summary>
    /// One statement. Absent elements are null; a present element keeps its values in written order.
    /// </summary>
    public sealed class PolicyStatement
    {
        public PolicyText? Sid { get; init; }

        /// <summary>As written; <see cref="EffectValue"/> reads it.</summary>
        public PolicyText? Effect { get; init; }

        public PolicyPrincipal? Principal { get; init; }

        public PolicyPrincipal? NotPrincipal { get; init; }

        public IReadOnlyList<PolicyText>? Action { get; init; }

        public IReadOnlyList<PolicyText>? NotAction { get; init; }

        public IReadOnlyList<PolicyText>? Resource { get; init; }

        public IReadOnlyList<PolicyText>? NotResource { get; init; }

        /// <summary>The Condition block, flattened to operator–key pairs in written order; empty when absent.</summary>
        public IReadOnlyList<PolicyCondition> Conditions { get; init; } = new PolicyCondition[0];

        /// <summary>Where the statement's '{' stands.</summary>
        public SourcePosition Position { get; init; }

        /// <summary>Where each element's name stands, by element name.</summary>
        public IReadOnlyDictionary<string, SourcePosition> ElementPositions { get; init; } = new Dictionary<string, SourcePosition>();

        /// <summary>Allow or Deny when Effect is exactly one of them (IAM is case-sensitive here); null otherwise.</summary>
        public PolicyEffect? EffectValue => Effect?.Value switch
        {
            "Allow" => PolicyEffect.Allow,
            "Deny" => PolicyEffect.Deny,
            _ => null,
        };

        public SourcePosition PositionOf(string element) =>
            ElementPositions.TryGetValue(element, out var position) ? position : Position;
    }

    public enum PolicyEffect { Allow, Deny }
}
