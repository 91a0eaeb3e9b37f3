using System.Collections.Generic;

namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// Resource and NotResource: exactly one of them where the policy type needs a resource, none in a trust policy, each value
    /// "*" or a well-formed ARN (<see cref="ArnFormat"/>). Values holding a placeholder are left to <see cref="PlaceholderChecks"/>.
    /// </summary>
    internal static class ResourceChecks
    {
        public static void Check(ValidationContext context, int index, PolicyStatement statement)
        {
            if (PolicyTypeRules.ForbidsResource(context.Type))
            {
                if (statement.Resource != null) Forbid(context, index, statement, "Resource");
                if (statement.NotResource != null) Forbid(context, index, statement, "NotResource");
                return;
            }

            if (statement.Resource != null && statement.NotResource != null)
            {
                context.Report(PolicyFindingRules.ResourceAndNotResource, statement.PositionOf("NotResource"),
                    "The statement has both Resource and NotResource: keep one of them.", index, statement);
            }
            else if (IsEmpty(statement.Resource) && IsEmpty(statement.NotResource))
            {
                var element = statement.Resource != null ? "Resource" : statement.NotResource != null ? "NotResource" : null;
                var message = element == null
                    ? $"The statement has neither Resource nor NotResource, which {PolicyTypeRules.Describe(context.Type)} needs: add \"Resource\" with the ARNs it is about, or \"*\"."
                    : $"The statement's {element} is empty: list at least one ARN, or \"*\".";
                context.Report(PolicyFindingRules.MissingResource, element == null ? statement.Position : statement.PositionOf(element), message, index, statement);
            }
            CheckFormat(context, index, statement, statement.Resource, "Resource");
            CheckFormat(context, index, statement, statement.NotResource, "NotResource");
        }

        private static void Forbid(ValidationContext context, int index, PolicyStatement statement, string element) =>
            context.Report(PolicyFindingRules.ResourceNotSupported, statement.PositionOf(element),
                $"{PolicyTypeRules.Describe(context.Type)} has no {element}: the role it belongs to is the resource. Remove {element}.", index, statement);

        private static bool IsEmpty(IReadOnlyList<PolicyText>? values) => values == null || values.Count == 0;

        private static void CheckFormat(ValidationContext context, int index, PolicyStatement statement, IReadOnlyList<PolicyText>? resources, string element)
        {
            if (resources == null) return;
            foreach (var resource in resources)
            {
                var problem = ArnFormat.Problem(resource.Value);
                if (problem == null || Placeholders.Find(resource.Value) != null) continue;
                context.Report(PolicyFindingRules.InvalidArnFormat, resource.Position,
                    $"{element} \"{resource.Value}\" is malformed: {problem}.", index, statement);
            }
        }
    }
}
