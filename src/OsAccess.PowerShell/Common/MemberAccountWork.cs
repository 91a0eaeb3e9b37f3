using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Core.FanOut;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// The member accounts one cmdlet invocation works in: each account's work runs through the fan-out engine, off the
    /// pipeline thread, and this writes, on the pipeline thread, a progress record as each account starts and ends, then
    /// its value or its error. The values come in the order the accounts finish.
    /// </summary>
    internal sealed class MemberAccountWork : IDisposable
    {
        private const int ProgressId = 1;

        private readonly PSCmdlet cmdlet;
        private readonly AccountFanOut<object?> fanOut;
        private readonly CancellationToken stopping;
        private readonly TimeSpan pollInterval;
        private readonly Action writeCallLog;
        private readonly Action<Exception, object?> writeError;

        /// <param name="writeCallLog">Writes the AWS call log so far; called between events and at least every <paramref name="pollInterval"/>.</param>
        /// <param name="writeError">Writes one account's error, its target the account id.</param>
        public MemberAccountWork(PSCmdlet cmdlet, int throttleLimit, CancellationToken stopping, TimeSpan pollInterval, Action writeCallLog,
            Action<Exception, object?> writeError)
        {
            this.cmdlet = cmdlet;
            this.stopping = stopping;
            this.pollInterval = pollInterval;
            this.writeCallLog = writeCallLog;
            this.writeError = writeError;
            fanOut = new AccountFanOut<object?>(throttleLimit, stopping);
        }

        /// <summary>Starts the account's work as soon as the throttle limit allows, and writes what has finished meanwhile.</summary>
        public void Post<T>(string accountId, Func<CancellationToken, Task<T>> work)
        {
            fanOut.Post(accountId, async (id, ct) => (object?)await work(ct).ConfigureAwait(false));
            Write(untilFinished: false);
        }

        /// <summary>No more accounts will come: waits for those still running, writing each as it finishes.</summary>
        public void Finish()
        {
            fanOut.Complete();
            Write(untilFinished: true);
            cmdlet.WriteProgress(new ProgressRecord(ProgressId, cmdlet.MyInvocation.MyCommand.Name, "Done") { RecordType = ProgressRecordType.Completed });
        }

        /// <summary>Cancels the work still running.</summary>
        public void Dispose() => fanOut.Dispose();

        private void Write(bool untilFinished)
        {
            var wait = untilFinished ? pollInterval : TimeSpan.Zero;
            while (true)
            {
                if (stopping.IsCancellationRequested)
                {
                    throw new PipelineStoppedException();
                }

                if (fanOut.TryRead(out var next, wait))
                {
                    Write(next);
                    writeCallLog();
                    continue;
                }

                writeCallLog();
                if (!untilFinished || fanOut.IsFinished)
                {
                    return;
                }
            }
        }

        private void Write(FanOutEvent<object?> next)
        {
            var progress = next.Progress;
            cmdlet.WriteProgress(new ProgressRecord(ProgressId, cmdlet.MyInvocation.MyCommand.Name,
                $"{progress.Completed} of {progress.Total} accounts done, {progress.Running} in progress")
            {
                CurrentOperation = $"account {next.AccountId}",
                PercentComplete = progress.PercentComplete,
            });
            var result = next.Result;
            if (result == null)
            {
                return;
            }

            if (result.Succeeded)
            {
                // A unit that has nothing to report (its changes all declined under -WhatIf) returns null.
                if (result.Value != null)
                {
                    cmdlet.WriteObject(result.Value);
                }
            }
            else
            {
                if (result.Error is AccountFailedException { PartialResult: { } partial })
                {
                    cmdlet.WriteObject(partial);
                }

                writeError(result.Error!, result.AccountId);
            }
        }
    }
}
