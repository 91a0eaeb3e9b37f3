using System;
using System.Management.Automation;
using OsAccess.Core.Aws;
using OsAccess.PowerShell.Common;

namespace OsAccess.PowerShell.Scp
{
    /// <summary>Refuses an argument that is not a root, OU or account id, saying what each looks like.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateOrganizationTargetIdAttribute : ValidateEnumeratedArgumentsAttribute
    {
        protected override void ValidateElement(object element)
        {
            try
            {
                OrganizationTargetId.Require(element?.ToString(), "TargetId");
            }
            catch (ArgumentException e)
            {
                throw new ValidationMetadataException(ErrorMessages.WithoutParameterSuffix(e), e);
            }
        }
    }
}
