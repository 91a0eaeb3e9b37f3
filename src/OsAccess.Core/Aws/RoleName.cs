using System;

namespace OsAccess.Core.Aws
{
    /// <summary>IAM role names: 1–64 characters of letters, digits and <c>+=,.@_-</c>.</summary>
    public static class RoleName
    {
        public const int MaxLength = 64;

        public static bool IsValid(string? value)
        {
            if (string.IsNullOrEmpty(value) || value!.Length > MaxLength) return false;
            foreach (var c in value)
            {
                var ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "+=,.@_-".IndexOf(c) >= 0;
                if (!ok) return false;
            }
            return true;
        }

        public static string Require(string? value, string parameterName)
        {
            if (IsValid(value)) return value!;
            throw new ArgumentException(
                $"'{value}' is not a valid IAM role name: use 1 to {MaxLength} letters, digits and + = , . @ _ - (no path, no ARN).",
                parameterName);
        }
    }
}
