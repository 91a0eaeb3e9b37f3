using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using OsAccess.Aws.Regions;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// Tab completion for -Region: the public AWS regions, China and GovCloud (<see cref="AwsRegions"/>). Another name is
    /// refused unless an endpoint is configured.
    /// </summary>
    public sealed class AwsRegionCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return AwsRegions.StartingWith(prefix)
                .Select(region => new CompletionResult(region, region, CompletionResultType.ParameterValue, region));
        }
    }
}
