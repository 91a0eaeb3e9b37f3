using System;

namespace OsAccess.Core.Time
{
    /// <summary>A time a person gave that names no single instant; <see cref="ArgumentException.ParamName"/> is what the caller calls the input.</summary>
    public sealed class UserTimeException : ArgumentException
    {
        public UserTimeException(string inputName, string message)
            : base(message, inputName)
        {
            Reason = message;
        }

        /// <summary>What is wrong and what to give instead, without the name of the input.</summary>
        public string Reason { get; }
    }
}
