using System;
using System.Management.Automation;
using OsAccess.Core.Roles;

namespace OsAccess.PowerShell.Common
{
    /// <summary>Refuses, when the parameter is bound, a role session duration IAM would refuse: whole seconds from 1 to 12 hours.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateSessionDurationAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            try
            {
                OsAccessRoleOptions.RequireSessionDuration((TimeSpan)PSObjectValue.Unwrap(arguments)!, "MaxSessionDuration");
            }
            catch (ArgumentException e)
            {
                throw new ValidationMetadataException(ErrorMessages.WithoutParameterSuffix(e), e);
            }
        }
    }
}
