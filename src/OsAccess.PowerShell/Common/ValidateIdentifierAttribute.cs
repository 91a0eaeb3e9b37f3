using System;
using System.Management.Automation;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// The base of the attributes that refuse, at bind time, an argument that is not an AWS identifier of some kind, with
    /// the message Core's check gives (what the identifier looks like) rather than the regular expression ValidatePattern would show.
    /// </summary>
    public abstract class ValidateIdentifierAttribute : ValidateEnumeratedArgumentsAttribute
    {
        /// <summary>Throws an ArgumentException that says what the identifier looks like when <paramref name="value"/> is not one.</summary>
        protected abstract void Require(string? value);

        protected sealed override void ValidateElement(object element)
        {
            try
            {
                Require(element?.ToString());
            }
            catch (ArgumentException e)
            {
                throw new ValidationMetadataException(ErrorMessages.WithoutParameterSuffix(e), e);
            }
        }
    }
}
