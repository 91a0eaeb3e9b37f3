using System;
using System.Management.Automation;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;
using OsAccess.PowerShell.Common;

namespace OsAccess.PowerShell.Documents
{
    /// <summary>Writes a built document, or one error record when the input cannot make one.</summary>
    internal static class DocumentOutput
    {
        /// <param name="parameters">
        /// The builder's argument names and the cmdlet parameters they come from, so that an error names the parameter
        /// the user typed (ExemptRoleName), not the library's (ExemptRoleNames).
        /// </param>
        public static void Write(PSCmdlet cmdlet, string name, PolicyType type, Func<PolicyDocument> build, params (string Argument, string Parameter)[] parameters) =>
            Write(cmdlet, name, type, build, accountId: null, parameters);

        /// <summary>Writes a document built for one account, which it names.</summary>
        public static void Write(PSCmdlet cmdlet, string name, PolicyType type, Func<PolicyDocument> build, string? accountId, params (string Argument, string Parameter)[] parameters)
        {
            PolicyDocument document;
            try
            {
                document = build();
            }
            catch (ArgumentException e)
            {
                cmdlet.WriteError(ArgumentErrors.Record(e, "InvalidDocumentInput", accountId ?? name, parameters));
                return;
            }
            cmdlet.WriteObject(new BuiltPolicyDocument(name, type, document, accountId));
        }
    }
}
