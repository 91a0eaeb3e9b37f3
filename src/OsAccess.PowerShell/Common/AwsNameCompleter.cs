using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Sessions;
using OsAccess.Workflows.Completion;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// Tab completion from AWS, as the caller on the command line (<see cref="AwsCompletionInputs"/>): the names are read
    /// once per <see cref="CompletionCache.Lifetime"/>. It never throws and never prompts: when AWS cannot be asked
    /// (no credentials, access denied, no answer within <see cref="Timeout"/>), it offers nothing.
    /// </summary>
    public abstract class AwsNameCompleter : IArgumentCompleter
    {
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

        /// <summary>What the names are, for the cache: accounts, targets, users.</summary>
        protected abstract string Kind { get; }

        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var inputs = new AwsCompletionInputs(fakeBoundParameters);
                var names = CompletionCache.GetOrRead(Kind + "|" + inputs.CallerKey(), () => Read(inputs));
                return CompletionText.Matching(names, wordToComplete).ToList();
            }
            catch (Exception)
            {
                return Array.Empty<CompletionResult>();
            }
        }

        protected abstract Task<IReadOnlyList<CompletionName>> ReadAsync(AwsSession session, CancellationToken cancellationToken);

        private IReadOnlyList<CompletionName> Read(AwsCompletionInputs inputs)
        {
            using var timeout = new CancellationTokenSource(Timeout);
            var session = inputs.Session();
            return Task.Run(() => ReadAsync(session, timeout.Token)).GetAwaiter().GetResult();
        }
    }
}
