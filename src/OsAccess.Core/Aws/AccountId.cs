using System;

namespace OsAccess.Core.Aws
{
    /// <summary>A 12-digit AWS account id.</summary>
    public static class AccountId
    {
        public static bool IsValid(string? value) => value != null && IsValid(value, 0, value.Length);

        /// <summary>Whether the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> are an account id; allocates nothing.</summary>
        public static bool IsValid(string text, int start, int length)
        {
            if (length != 12) return false;
            for (var i = start; i < start + length; i++)
            {
                if (text[i] < '0' || text[i] > '9') return false;
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
