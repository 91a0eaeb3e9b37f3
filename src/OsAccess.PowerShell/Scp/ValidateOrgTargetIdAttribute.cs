using System;
using OsAccess.Core.Aws;
using OsAccess.PowerShell.Common;

namespace OsAccess.PowerShell.Scp
{
    /// <summary>Refuses an argument that is not a root, OU or account id, saying what each looks like.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateOrgTargetIdAttribute : ValidateIdentifierAttribute
    {
        protected override void Require(string? value) => OrgTargetId.Require(value, "TargetId");
    }
}
