using System;
using System.Collections.Generic;
using System.Globalization;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Grants
{
    /// <summary>
    /// Reads back what <see cref="AssumeRoleGrantBuilder"/> wrote: the accounts, the role and the window of a grant's
    /// policy. A document of any other shape is not a grant OsAccess made.
    /// </summary>
    public static class GrantDocument
    {
        public static bool TryRead(string json, out IReadOnlyList<string> accountIds, out string roleName, out AccessWindow window)
        {
            accountIds = new string[0];
            roleName = string.Empty;
            window = default;
            if (!PolicyParser.TryParse(json, out var document, out _) || document!.Statements.Count != 1) return false;
            var statement = document.Statements[0];
            if (statement.EffectValue != PolicyEffect.Allow || statement.Resource == null) return false;

            var accounts = new List<string>();
            foreach (var resource in statement.Resource)
            {
                var parts = resource.Value.Split(new[] { ':' }, 6);
                if (parts.Length != 6 || parts[2] != "iam" || !parts[5].StartsWith("role/", StringComparison.Ordinal)) return false;
                var role = parts[5].Substring("role/".Length);
                if (roleName.Length == 0) roleName = role;
                else if (role != roleName) return false;
                accounts.Add(parts[4]);
            }

            DateTimeOffset? start = null, end = null;
            foreach (var condition in statement.Conditions)
            {
                if (condition.Key.Value != "aws:CurrentTime" || condition.Values.Count != 1) return false;
                if (!DateTimeOffset.TryParse(condition.Values[0].Text, CultureInfo.InvariantCulture,
                        DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)) return false;
                if (condition.Operator.Value == "DateGreaterThan") start = instant;
                else if (condition.Operator.Value == "DateLessThan") end = instant;
                else return false;
            }
            if (start == null || end == null || accounts.Count == 0 || end <= start) return false;
            accountIds = accounts;
            window = AccessWindow.Create(start.Value, end.Value);
            return true;
        }
    }
}
