using System;

namespace OsAccess.Core.Aws
{
    /// <summary>A 12-digit AWS account id.</summary>
    public static class AccountId
    {
        public static bool IsValid(string? value)
        {
            if (value == null || value.Length != 12) return false;
            foreach (var c in value)
            {
                if (c < '0' || c > '9') return false;
            }
            return true;
        }

        /// <summary>Returns the id, or throws an ArgumentException that says what an account id looks like.</summary>
        public static string Require(string? value, string parameterName)
        {
            if (IsValid(value)) return value!;
            throw new ArgumentException(
                $"'{value}' is not an AWS account id: use the 12 digits, including leading zeros (for example 012345678901).",
                parameterName);
        }
    }
}
