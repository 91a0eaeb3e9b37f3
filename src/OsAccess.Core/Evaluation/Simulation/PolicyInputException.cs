using System;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Evaluation.Simulation
{
    /// <summary>An input to a simulation that cannot be used: names the input (e.g. <c>PolicyInputList[1]</c>) and, for policies, where in its text.</summary>
    public sealed class PolicyInputException : Exception
    {
        public PolicyInputException(string input, string reason, SourcePosition position = default, Exception? inner = null)
            : base(position.IsKnown ? $"{input}: {reason} ({position})" : $"{input}: {reason}", inner)
        {
            Input = input;
            Reason = reason;
            Position = position;
        }

        /// <summary>Which input: <c>PolicyInputList[0]</c>, <c>ServiceControlPolicy[1] (ou-ab12-cdef3456) policy 0</c>, <c>ContextEntry 'aws:SourceIp'</c>, …</summary>
        public string Input { get; }

        public string Reason { get; }

        public SourcePosition Position { get; }
    }
}
