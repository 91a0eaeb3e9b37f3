namespace OsAccess.Core.Policy.Validation
{
    /// <summary>Action and NotAction: exactly one of them, not empty, each value well-formed (<see cref="ActionFormat"/>).</summary>
    internal static class ActionChecks
    {
        private static readonly ElementPairChecks Pair = new ElementPairChecks("Action",
            PolicyFindingRules.ActionAndNotAction, PolicyFindingRules.MissingAction, PolicyFindingRules.InvalidActionFormat, ActionFormat.Problem);

        public static void Check(ValidationContext context, int index, PolicyStatement statement) =>
            Pair.Check(context, index, statement, statement.Action, statement.NotAction,
                "The statement has neither Action nor NotAction: add the actions it is about, e.g. \"Action\": \"ssm:StartSession\".");
    }
}
