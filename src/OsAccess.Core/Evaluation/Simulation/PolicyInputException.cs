using System;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Evaluation.Simulation
{
    /// <summary>An input to a simulation that cannot be used: names the input (e.g. <c>PolicyInputList policy 2</c>, counted from 1) and, for policies, where in its text.</summary>
    public sealed class PolicyInputException : Exception
    {
        public PolicyInputException(string input, string reason, SourcePosition position = default, Exception? inner = null)
            : base(position.IsKnown ? $"{input}: {reason} ({position})" : $"{input}: {reason}", inner)
        {
            Input = input;
            Reason = reason;
            Position = position;
        }

        /// <summary>Which input: <c>PolicyInputList policy 1</c>, <c>ServiceControlPolicy level 2 policy 1 on ou-ab12-cdef3456</c>, <c>ContextEntry 'aws:SourceIp'</c>, …</summary>
        public string Input { get; }

        public string Reason { get; }

        public SourcePosition Position { get; }
    }
}
