namespace OsAccess.Core.Policy.Validation
{
    /// <summary>The Effect element ("IAM JSON policy elements: Effect"): required, exactly "Allow" or "Deny" (case-sensitive).</summary>
    internal static class EffectChecks
    {
        public static void Check(ValidationContext context, int index, PolicyStatement statement)
        {
            if (statement.Effect == null)
            {
                context.Report(PolicyFindingRules.MissingEffect, statement.Position,
                    "The statement has no Effect: add \"Effect\": \"Allow\" or \"Effect\": \"Deny\".", index, statement);
                return;
            }
            var effect = statement.Effect.Value;
            if (statement.EffectValue != null) return;
            var hint = string.Equals(effect.Value, "allow", System.StringComparison.OrdinalIgnoreCase) ? " (did you mean \"Allow\"? Effect is case-sensitive)"
                : string.Equals(effect.Value, "deny", System.StringComparison.OrdinalIgnoreCase) ? " (did you mean \"Deny\"? Effect is case-sensitive)"
                : string.Empty;
            context.Report(PolicyFindingRules.InvalidEffect, effect.Position,
                $"Effect \"{effect.Value}\" is neither \"Allow\" nor \"Deny\"{hint}: write exactly \"Allow\" or \"Deny\".", index, statement);
        }
    }
}
