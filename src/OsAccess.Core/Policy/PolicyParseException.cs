using System;

namespace OsAccess.Core.Policy
{
    /// <summary>
    /// A policy's text is not valid JSON or does not follow the IAM policy grammar.
    /// <see cref="Position"/> is where the problem is (for an unclosed block, where that block opens);
    /// <see cref="DetectedAt"/> is where reading stopped.
    /// </summary>
    public sealed class PolicyParseException : Exception
    {
        public PolicyParseException(string reason, SourcePosition position, SourcePosition detectedAt)
            : base($"{reason} ({position})")
        {
            Reason = reason;
            Position = position;
            DetectedAt = detectedAt;
        }

        public PolicyParseException(string reason, SourcePosition position)
            : this(reason, position, position)
        {
        }

        public string Reason { get; }

        public SourcePosition Position { get; }

        public SourcePosition DetectedAt { get; }
    }
}
