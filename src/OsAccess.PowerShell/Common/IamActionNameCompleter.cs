using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using OsAccess.Core.Aws;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// Tab completion for action parameters: the IAM actions of ssm, ssmmessages, ssm-guiconnect, ec2,
    /// ec2-instance-connect, sts, iam and organizations (<see cref="IamActionNames"/>). Any other action is still accepted.
    /// </summary>
    public sealed class IamActionNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            CompletionText.Matching(IamActionNames.All, wordToComplete, name => name);
    }
}
