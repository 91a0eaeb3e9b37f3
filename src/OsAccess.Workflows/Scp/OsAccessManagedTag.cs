using System.Collections.Generic;
using OsAccess.Aws;

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
