using System.Management.Automation;

namespace OsAccess.PowerShell.Policy
{
    /// <summary>
    /// Lets a parameter that takes policy JSON take what the New-OSAccess*Document cmdlets return: each built document
    /// (alone or in an array) becomes its MinifiedJson, the text OsAccess would send; anything else is left to bind as usual.
    /// </summary>
    public sealed class PolicyTextAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) => PowerShellInput.PolicyText(inputData);
    }
}
