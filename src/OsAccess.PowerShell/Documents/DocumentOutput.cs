using System;
using System.Management.Automation;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.PowerShell.Documents
{
    /// <summary>Writes a built document, or one error record when the input cannot make one or the document is over its quota.</summary>
    internal static class DocumentOutput
    {
        public static void Write(PSCmdlet cmdlet, string name, PolicyType type, Func<PolicyDocument> build,
            Func<BuiltPolicyDocument, PolicySizeLimit, string> quotaAdvice)
        {
            BuiltPolicyDocument document;
            try
            {
                document = DocumentQuota.Require(new BuiltPolicyDocument(name, type, build()), quotaAdvice);
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
            catch (DocumentQuotaExceededException e)
            {
                cmdlet.WriteError(new ErrorRecord(e, DocumentQuota.ErrorId, ErrorCategory.LimitsExceeded, name));
                return;
            }
            cmdlet.WriteObject(document);
        }
    }
}
