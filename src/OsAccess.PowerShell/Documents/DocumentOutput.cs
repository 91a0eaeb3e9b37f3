using System;
using System.Management.Automation;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;
using OsAccess.PowerShell.Common;

namespace OsAccess.PowerShell.Documents
{
    /// <summary>Writes a built document, or one error record when the input cannot make one or the document is over its quota.</summary>
    internal static class DocumentOutput
    {
        /// <summary>The ErrorId of a document parameter that cannot be used, in every cmdlet that takes the document's parameters.</summary>
        
        /// <param name="quotaAdvice">The builder's advice for a document over its quota (<see cref="DocumentQuota"/>).</param>
        /// <param name="parameters">
        /// The builder's argument names and the cmdlet parameters they come from, so that an error names the parameter
        /// the user typed (ExemptRoleName), not the library's (ExemptRoleNames).
        /// </param>
        public static void Write(PSCmdlet cmdlet, string name, PolicyType type, Func<PolicyDocument> build,
            Func<BuiltPolicyDocument, PolicySizeLimit, string> quotaAdvice, params (string Argument, string Parameter)[] parameters) =>
            Write(cmdlet, name, type, build, quotaAdvice, accountId: null, parameters);

        /// <summary>Writes a document built for one account, which it names.</summary>
        public static void Write(PSCmdlet cmdlet, string name, PolicyType type, Func<PolicyDocument> build,
            Func<BuiltPolicyDocument, PolicySizeLimit, string> quotaAdvice, string? accountId, params (string Argument, string Parameter)[] parameters)
        {
            var document = Build(cmdlet, name, type, build, quotaAdvice, accountId, parameters);
            if (document != null) cmdlet.WriteObject(document);
        }

        /// <summary>The document, or null after writing the one error record that says why it cannot be made.</summary>
        public static BuiltPolicyDocument? Build(PSCmdlet cmdlet, string name, PolicyType type, Func<PolicyDocument> build,
            Func<BuiltPolicyDocument, PolicySizeLimit, string> quotaAdvice, string? accountId, params (string Argument, string Parameter)[] parameters)
        {
            try
            {
                return DocumentQuota.Require(new BuiltPolicyDocument(name, type, build(), accountId), quotaAdvice);
            }
            catch (ArgumentException e)
            {
                cmdlet.WriteError(ArgumentErrors.Record(e, ErrorIds.DocumentInputInvalid, accountId ?? name, parameters));
            }
            catch (DocumentQuotaExceededException e)
            {
                cmdlet.WriteError(new ErrorRecord(e, ErrorIds.DocumentQuotaExceeded, ErrorCategory.LimitsExceeded, accountId ?? name));
            }
            return null;
        }
    }
}
