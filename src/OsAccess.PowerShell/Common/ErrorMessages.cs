using System;
using System.Management.Automation;

namespace OsAccess.PowerShell
{
    internal static class ErrorMessages
    {
        /// <summary>
        /// An ArgumentException's message without the " (Parameter 'x')" that .NET appends: the name is the library's,
        /// not the cmdlet's, and would only confuse.
        /// </summary>
        public static string WithoutParameterSuffix(ArgumentException e)
        {
            var suffix = e.ParamName == null ? null : $" (Parameter '{e.ParamName}')";
            return suffix != null && e.Message.EndsWith(suffix, StringComparison.Ordinal)
                ? e.Message.Substring(0, e.Message.Length - suffix.Length)
                : e.Message;
        }

        /// <summary>
        /// The message led by the parameter it is about (<c>-End: …</c>) when the exception names one of the cmdlet's own
        /// parameters; otherwise as <see cref="WithoutParameterSuffix"/>.
        /// </summary>
        public static string ForParameter(PSCmdlet cmdlet, ArgumentException e)
        {
            var message = WithoutParameterSuffix(e);
            return e.ParamName != null && cmdlet.MyInvocation.MyCommand.Parameters.ContainsKey(e.ParamName)
                ? $"-{e.ParamName}: {message}"
                : message;
        }
    }
}
