using System;
using System.Management.Automation;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// An error record for input a library refused with <see cref="ArgumentException"/>, naming the cmdlet parameter the user
    /// typed (ExemptRoleName) rather than the library's argument (ExemptRoleNames).
    /// </summary>
    internal static class ArgumentErrors
    {
        /// <param name="parameters">The library's argument names and the cmdlet parameters they come from.</param>
        public static ErrorRecord Record(ArgumentException e, string errorId, object target, params (string Argument, string Parameter)[] parameters)
        {
            var parameter = ParameterOf(e, parameters);
            var message = ErrorMessages.WithoutParameterSuffix(e);
            Exception error = e;
            if (parameter != null)
            {
                message = $"{parameter}: {message}";
                error = new PSArgumentException(message, parameter);
            }
            return new ErrorRecord(error, errorId, ErrorCategory.InvalidArgument, target) { ErrorDetails = new ErrorDetails(message) };
        }

        private static string? ParameterOf(ArgumentException e, (string Argument, string Parameter)[] parameters)
        {
            foreach (var pair in parameters)
            {
                if (string.Equals(pair.Argument, e.ParamName, StringComparison.Ordinal)) return pair.Parameter;
            }
            return null;
        }
    }
}
