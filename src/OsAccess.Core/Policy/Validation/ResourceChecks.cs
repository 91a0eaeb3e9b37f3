namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// Resource and NotResource: none in a trust policy (the role is the resource); elsewhere exactly one of them, not empty,
    /// each value "*" or a well-formed ARN (<see cref="ArnFormat"/>).
    /// </summary>
    internal static class ResourceChecks
    {
        private static readonly ElementPairChecks Pair = new ElementPairChecks("Resource",
            PolicyFindingRules.ResourceAndNotResource, PolicyFindingRules.MissingResource, PolicyFindingRules.InvalidArnFormat, ArnFormat.Problem);

        public static void Check(ValidationContext context, int index, PolicyStatement statement)
        {
            if (PolicyTypeRules.ForbidsResource(context.Type))
            {
                if (statement.Resource != null) Forbid(context, index, statement, "Resource");
                if (statement.NotResource != null) Forbid(context, index, statement, "NotResource");
                return;
            }
            Pair.Check(context, index, statement, statement.Resource, statement.NotResource,
                $"The statement has neither Resource nor NotResource, which {PolicyTypeRules.Describe(context.Type)} needs: add \"Resource\" with the ARNs it is about, or \"*\".");
        }

        private static void Forbid(ValidationContext context, int index, PolicyStatement statement, string element) =>
            context.Report(PolicyFindingRules.ResourceNotSupported, statement.PositionOf(element),
                $"A role trust policy has no {element}: the role it belongs to is the resource. Remove {element}.", index, statement);
    }
}
