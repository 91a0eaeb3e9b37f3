using System;
using System.Management.Automation;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.PowerShell.Documents
{
    /// <summary>Writes a built document, or one error record when the input cannot make one.</summary>
    internal static class DocumentOutput
    {
        public static void Write(PSCmdlet cmdlet, string name, PolicyType type, Func<PolicyDocument> build)
        {
            PolicyDocument document;
            try
            {
                document = build();
            }
            catch (ArgumentException e)
            {
                var record = new ErrorRecord(e, "InvalidDocumentInput", ErrorCategory.InvalidArgument, name)
                {
                    ErrorDetails = new ErrorDetails(ErrorMessages.ForParameter(cmdlet, e)),
                };
                cmdlet.WriteError(record);
                return;
            }
            cmdlet.WriteObject(new BuiltPolicyDocument(name, type, document));
        }
    }
}
