using System.Collections.Generic;
using OsAccess.Aws;
using OsAccess.Aws.Organizations;

namespace OsAccess.Workflows.Scp
{
    /// <summary>
    /// The tag OsAccess puts on the SCPs it creates, so that it can tell its own guardrail from a policy someone else gave
    /// the same name: <c>osaccess:managed-by = OsAccess</c>.
    /// </summary>
    public static class OsAccessManagedTag
    {
        public const string Key = "osaccess:managed-by";
        public const string Value = "OsAccess";

        public static AwsTag Tag => new AwsTag(Key, Value);

        /// <summary>Why OsAccess leaves <paramref name="policy"/> alone, which does not carry the tag, and how to make it act all the same.</summary>
        public static string Refusal(OrgPolicySummary policy) =>
            $"SCP {policy.Name} ({policy.Id}) does not carry OsAccess's tag ({Key} = {Value}): OsAccess did not create it, " +
            "so nothing was changed. If it is the guardrail all the same, run again with -Force.";

        public static bool IsOn(IEnumerable<AwsTag> tags)
        {
            foreach (var tag in tags)
            {
                if (tag.Key == Key && tag.Value == Value) return true;
            }
            return false;
        }
    }
}
