using System;
using OsAccess.Core.Aws;
using OsAccess.PowerShell.Common;

namespace OsAccess.PowerShell.Context
{
    /// <summary>Refuses an argument that is not a 12-digit account id with the message the document cmdlets give.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateAccountIdAttribute : ValidateIdentifierAttribute
    {
        protected override void Require(string? value) => AccountId.Require(value, nameof(AccountId));
    }
}
