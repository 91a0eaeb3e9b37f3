using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using OsAccess.Aws.Credentials;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// Tab completion for -ProfileName: the profiles of the shared credentials and config files, as AWS.Tools completes
    /// them, read from -ProfileLocation when it is on the command line, and from AWS_SHARED_CREDENTIALS_FILE and
    /// AWS_CONFIG_FILE as they are when Tab is pressed.
    /// </summary>
    public sealed class AwsProfileNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var location = fakeBoundParameters.Contains("ProfileLocation") ? fakeBoundParameters["ProfileLocation"]?.ToString() : null;
            return CompletionText.Matching(SharedProfileNames.List(location, Environment.GetEnvironmentVariable), wordToComplete, name => $"profile {name}");
        }
    }
}
