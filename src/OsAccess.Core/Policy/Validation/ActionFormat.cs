namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// The shape of an action ("IAM JSON policy elements: Action"): "*" alone, or a service prefix in lowercase letters, digits
    /// and hyphens, a colon, and an action name that may use the wildcards * and ?.
    /// </summary>
    public static class ActionFormat
    {
        /// <summary>Why <paramref name="action"/> is not a well-formed action, or null when it is.</summary>
        public static string? Problem(string action)
        {
            if (action == "*") return null;
            var colon = action.IndexOf(':');
            if (colon < 0) return "it has no service prefix: write service:Action, e.g. \"ssm:StartSession\", or \"*\"";
            var service = action.Substring(0, colon);
            var name = action.Substring(colon + 1);
            if (service.Length == 0) return "the service prefix before ':' is empty";
            foreach (var c in service)
            {
                if (c >= 'A' && c <= 'Z') return $"the service prefix \"{service}\" must be lowercase: \"{service.ToLowerInvariant()}\"";
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return $"the service prefix \"{service}\" may contain only lowercase letters, digits and hyphens";
            }
            if (name.Length == 0) return "the action name after ':' is empty: name an action or use \"*\"";
            foreach (var c in name)
            {
                if (c == ':') return "it has more than one ':': write service:Action";
                if (!(char.IsLetterOrDigit(c) && c < 128) && c != '*' && c != '?' && c != '-' && c != '_')
                {
                    return $"the action name \"{name}\" contains '{c}': action names are letters and digits, with * and ? as wildcards";
                }
            }
            return null;
        }
    }
}
