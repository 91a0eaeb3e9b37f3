using OsAccess.Core.Evaluation;

namespace OsAccess.Core.Grants
{
    /// <summary>One identity policy of a user and where it takes effect: an inline or managed policy on the user or on one of its groups.</summary>
    public sealed class IdentityPolicySource
    {
        /// <summary>The policy's name (inline) or the managed policy's name.</summary>
        public string PolicyName { get; init; } = string.Empty;

        /// <summary>The managed policy's ARN; null for an inline policy.</summary>
        public string? PolicyArn { get; init; }

        /// <summary><c>user bob</c> or <c>group admins</c>.</summary>
        public string AttachedTo { get; init; } = string.Empty;

        public CompiledPolicy Policy { get; init; } = null!;
    }
}
