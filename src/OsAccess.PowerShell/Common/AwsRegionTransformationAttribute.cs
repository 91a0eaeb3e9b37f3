using System.Management.Automation;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// Lets a region be given as AWS.Tools and AWSSDK.Core hand it out, whichever assembly they come from:
    /// an <c>AWSRegion</c> (<c>Get-AWSRegion</c>, by its <c>Region</c> property), a <c>RegionEndpoint</c> (by its
    /// <c>SystemName</c>), or text. Read through PowerShell's adapter, so no AWS.Tools type is bound.
    /// </summary>
    public sealed class AwsRegionTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) => NameOf(inputData);

        /// <summary>The system name (<c>eu-west-1</c>) of a region given in any of those forms; null for null.</summary>
        public static string? NameOf(object? region)
        {
            if (region == null)
            {
                return null;
            }

            var wrapped = PSObject.AsPSObject(region);
            if (wrapped.BaseObject is string text)
            {
                return text;
            }

            foreach (string property in new[] { "SystemName", "Region" })
            {
                if (wrapped.Properties[property]?.Value is string name)
                {
                    return name;
                }
            }

            return wrapped.ToString();
        }
    }
}
