using System;
using System.Management.Automation;
using OsAccess.Core.Aws;
using OsAccess.PowerShell.Common;

namespace OsAccess.PowerShell.Context
{
    /// <summary>
    /// Refuses an argument that is not a 12-digit account id with the message the document cmdlets give, rather
    /// than the regular expression that ValidatePattern would show.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateAccountIdAttribute : ValidateEnumeratedArgumentsAttribute
    {
        protected override void ValidateElement(object element)
        {
            try
            {
                AccountId.Require(element?.ToString(), nameof(AccountId));
            }
            catch (ArgumentException e)
            {
                throw new ValidationMetadataException(ErrorMessages.WithoutParameterSuffix(e), e);
            }
        }
    }
}
