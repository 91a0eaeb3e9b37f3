using System;
using System.IO;

namespace OsAccess.Core.Tests
{
    /// <summary>The policies printed in the seed blog post, exactly as printed (examples/seed/).</summary>
    internal static class SeedFiles
    {
        public static string GuardrailScp => Read("guardrail-scp.json");

        public static string OsAccessPolicy => Read("os-access-policy.json");

        public static string AssumeRoleGrant => Read("assume-role-grant.json");

        private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seed", name));
    }
}
