namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// The Version element ("IAM JSON policy elements: Version"): 2012-10-17 is current; 2008-10-17 is the old version, in
    /// which policy variables are plain text; without Version IAM uses 2008-10-17. SCPs must say 2012-10-17 ("SCP syntax").
    /// </summary>
    internal static class VersionChecks
    {
        public const string LegacyVersion = "2008-10-17";

        public static void Check(ValidationContext context)
        {
            var version = context.Document.Version;
            var position = version?.Position ?? context.Document.PositionOf("Version");
            if (version != null && version.Value.Value != PolicyDocument.CurrentVersion && version.Value.Value != LegacyVersion)
            {
                context.Report(PolicyFindingRules.UnknownVersion, position,
                    $"Version \"{version.Value.Value}\" is not a policy language version: use \"{PolicyDocument.CurrentVersion}\".");
                return;
            }
            if (context.Type == PolicyType.ServiceControl && version?.Value != PolicyDocument.CurrentVersion)
            {
                var what = version == null ? "has no Version" : $"says Version \"{LegacyVersion}\"";
                context.Report(PolicyFindingRules.ScpVersion, position,
                    $"The SCP {what}: SCPs must say \"Version\": \"{PolicyDocument.CurrentVersion}\".");
                return;
            }
            if (version == null)
            {
                context.Report(PolicyFindingRules.MissingVersion, position,
                    $"The policy has no Version, so IAM reads it as \"{LegacyVersion}\", where policy variables such as ${{aws:username}} are plain text: add \"Version\": \"{PolicyDocument.CurrentVersion}\".");
            }
            else if (version.Value.Value == LegacyVersion)
            {
                context.Report(PolicyFindingRules.LegacyVersion, position,
                    $"Version \"{LegacyVersion}\" is the old policy language, where policy variables such as ${{aws:username}} are plain text: use \"{PolicyDocument.CurrentVersion}\".");
            }
        }
    }
}
