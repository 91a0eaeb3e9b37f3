using System;

namespace OsAccess.PowerShell.Common
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
    }
}
