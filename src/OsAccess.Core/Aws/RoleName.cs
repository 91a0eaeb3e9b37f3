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
            var problem = Problem(value);
            if (problem == null) return value!;
            throw new ArgumentException(problem, parameterName);
        }

        /// <summary>Why <paramref name="value"/> is not a role name, or null when it is one.</summary>
        public static string? Problem(string? value) => IsValid(value)
            ? null
            : $"'{value}' is not a valid IAM role name: use 1 to {MaxLength} letters, digits and + = , . @ _ - (no path, no ARN).";
    }
}
