using System;
using System.Management.Automation;
using OsAccess.Core.Aws;

namespace OsAccess.PowerShell.Common
{
    /// <summary>Refuses, when the parameter is bound, a role name IAM would refuse (1–64 letters, digits and + = , . @ _ -).</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateRoleNameAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            try
            {
                RoleName.Require(PSObjectValue.Unwrap(arguments)?.ToString(), "RoleName");
            }
            catch (ArgumentException e)
            {
                throw new ValidationMetadataException(ErrorMessages.WithoutParameterSuffix(e), e);
            }
        }
    }
}
