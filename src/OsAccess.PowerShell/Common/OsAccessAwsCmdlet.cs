using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Sessions;
using OsAccess.Core.FanOut;
using OsAccess.Workflows.Accounts;
using static OsAccess.PowerShell.Common.PSObjectValue;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// The base of every AWS-touching cmdlet: AWS.Tools' common parameters (same names, aliases and
    /// precedence), the session they resolve to, -Verbose call logging, Ctrl+C cancellation and error mapping;
    /// and, for cmdlets that act in member accounts, the role that reaches them and the fan-out over them.
    /// </summary>
    public abstract class OsAccessAwsCmdlet : PSCmdlet, IDisposable
    {
        /// <summary>How often the pipeline thread wakes, while AWS work runs, to write the call log.</summary>
        private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

        private readonly CancellationTokenSource stopping = new CancellationTokenSource();
        // Made on first use, never in the constructor: their types are OsAccess.Aws's, whose first use loads the AWS SDK
        // (docs/aws-layer.md), and a cmdlet with an offline mode (Test-OSAccessScp -ServiceControlPolicy) must load none of it.
        private QueuedCallLog? callLog;
        private IDisposable? memberAccounts;
        private readonly PipelineThreadCalls pipelineThreadCalls = new PipelineThreadCalls();
        private OrganizationAccounts? organization;
        private AwsSession? session;
        private MemberAccountWork? memberAccountWork;

        /// <summary>The AWS access key of the credentials to use (with -SecretKey).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("AK")]
        public string? AccessKey { get; set; }

        /// <summary>The secret of -AccessKey.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SK", "SecretAccessKey")]
        public string? SecretKey { get; set; }

        /// <summary>The session token of temporary credentials given by -AccessKey/-SecretKey.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("ST")]
        public string? SessionToken { get; set; }

        /// <summary>A named profile of the shared credentials/config files or the SDK store.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("StoredCredentials", "AWSProfileName")]
        [ArgumentCompleter(typeof(AwsProfileNameCompleter))]
        public string? ProfileName { get; set; }

        /// <summary>The credentials file to read -ProfileName from.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("AWSProfilesLocation", "ProfilesLocation")]
        public string? ProfileLocation { get; set; }

        /// <summary>An AWS credentials object, such as Get-AWSCredential returns.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public PSObject? Credential { get; set; }

        /// <summary>
        /// The region to use (default: $StoredAWSRegion, AWS_REGION, AWS_DEFAULT_REGION, the profile's region): its system
        /// name, or a region object of AWS.Tools (Get-AWSRegion) or AWSSDK.Core (RegionEndpoint).
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AwsRegionTransformation]
        [ArgumentCompleter(typeof(AwsRegionCompleter))]
        public string? Region { get; set; }

        /// <summary>Sends every AWS call to this endpoint (e.g. a local emulator) instead of AWS's.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? EndpointUrl { get; set; }

        /// <summary>
        /// The role OsAccess assumes in each member account to act there (default OrganizationAccountAccessRole, which
        /// AWS Organizations creates in the accounts it creates). Virtual only so that a cmdlet can keep an old alias.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRoleName]
        public virtual string CrossAccountRoleName { get; set; } = CrossAccountOptions.DefaultRoleName;

        /// <summary>The external id that the trust policy of -CrossAccountRoleName requires, if any.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? ExternalId { get; set; }

        /// <summary>The most member accounts worked on at once.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int ThrottleLimit { get; set; } = AccountFanOut.DefaultThrottleLimit;

        /// <summary>Cancelled when the user presses Ctrl+C.</summary>
        protected CancellationToken StopToken => stopping.Token;

        /// <summary>The session the common parameters resolve to, resolved afresh for each record of input.</summary>
        protected AwsSession Session => session ?? throw new InvalidOperationException("The AWS session is resolved in ProcessRecord.");

        protected override void ProcessRecord() => Guarded(() =>
        {
            // Resolved here, on the pipeline thread, because the parameters may have come from this record.
            session = ResolveSession();
            ProcessAwsRecord();
        });

        /// <summary>The cmdlet's work for one record of input.</summary>
        protected abstract void ProcessAwsRecord();

        /// <summary>
        /// Work done once, after every record, with the last record's session (for a cmdlet that gathers its input first);
        /// its failures are mapped as <see cref="ProcessAwsRecord"/>'s are. Not called when no record came.
        /// </summary>
        protected virtual void EndAwsProcessing()
        {
        }

        /// <summary>Waits for the member accounts still being worked on, writing each one's result as it comes.</summary>
        protected override void EndProcessing()
        {
            memberAccountWork?.Finish();
            if (session != null) Guarded(EndAwsProcessing);
        }

        // Ctrl+C stops the pipeline; any other failure is one terminating error of its kind (AwsErrorRecords).
        private void Guarded(Action work)
        {
            try
            {
                work();
            }
            catch (PipelineStoppedException)
            {
                throw;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (Exception error) when (!(error is ParameterBindingException))
            {
                ThrowTerminatingError(AwsErrorRecords.From(error, null));
            }
            finally
            {
                WriteCallLog();
            }
        }

        protected override void StopProcessing() => stopping.Cancel();

        /// <summary>
        /// Runs AWS work off the pipeline thread, writing its call log as verbose messages while it runs, and calling
        /// <paramref name="onPoll"/> (on the pipeline thread, e.g. to write progress) each time it wakes.
        /// </summary>
        protected T Run<T>(Func<CancellationToken, Task<T>> work, Action? onPoll = null)
        {
            var task = Task.Run(() => work(stopping.Token));
            while (!task.IsCompleted)
            {
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne(PollInterval);
                WriteCallLog();
                onPoll?.Invoke();
            }

            WriteCallLog();
            onPoll?.Invoke();
            return task.GetAwaiter().GetResult();
        }

        /// <summary>
        /// Starts <paramref name="work"/> in a member account (with its session: -CrossAccountRoleName assumed there with
        /// this record's credentials) alongside the accounts already started, at most -ThrottleLimit at once, and writes
        /// the results of those that have finished. Each account's value is written as it comes, in the order accounts
        /// finish; a failed account gets its own error and the others go on. <see cref="EndProcessing"/> waits for the rest.
        /// </summary>
        protected void PostToMemberAccount<T>(string accountId, Func<AwsSession, CancellationToken, Task<T>> work)
        {
            AwsSession member;
            try
            {
                member = MemberSession(accountId);
            }
            catch (Exception error) when (!(error is PipelineStoppedException))
            {
                WriteAwsError(error, accountId);
                return;
            }

            memberAccountWork ??= new MemberAccountWork(this, ThrottleLimit, stopping.Token, PollInterval, WriteCallLog, WriteAwsError);
            memberAccountWork.Post(accountId, ct => work(member, ct));
        }

        /// <summary>
        /// The session in a member account, reached by assuming -CrossAccountRoleName there with this record's
        /// credentials. Each role is assumed once per invocation, however many records name its account.
        /// </summary>
        protected AwsSession MemberSession(string accountId) =>
            ((MemberAccountSessions)(memberAccounts ??= new MemberAccountSessions())).ForAccount(Session, accountId, CrossAccountRoleName, ExternalId);

        /// <summary>
        /// Runs <paramref name="call"/> on the pipeline thread (which may call ShouldProcess, WriteWarning…) for AWS work
        /// running off it; the pipeline thread runs it the next time it writes the call log, within 50 ms.
        /// </summary>
        protected Task<T> OnPipelineThread<T>(Func<T> call) => pipelineThreadCalls.InvokeAsync(call);

        /// <summary>
        /// The member accounts to act in: those named (refusing, as an error naming -AccountId, an id outside the organization
        /// and the management account) or, with <paramref name="all"/>, every ACTIVE member account. Each account skipped
        /// (the management account, suspended ones) gets a warning. The organization is read once per invocation, with this
        /// record's (management account) credentials.
        /// </summary>
        protected IReadOnlyList<string> MemberAccountTargets(IEnumerable<string>? accountIds, bool all)
        {
            organization ??= Run(ct => OrganizationAccounts.ReadAsync(Session, ct));
            var targets = all ? organization.All() : organization.Named(accountIds ?? new string[0], "AccountId");
            foreach (var skipped in targets.Skipped)
            {
                WriteWarning(skipped);
            }

            return targets.AccountIds;
        }

        /// <summary>Writes a non-terminating error for one item and goes on with the next.</summary>
        protected void WriteAwsError(Exception error, object? target)
        {
            if (error is OperationCanceledException && stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }

            WriteError(AwsErrorRecords.From(error, target));
        }

        public void Dispose()
        {
            memberAccountWork?.Dispose();
            memberAccounts?.Dispose();
            stopping.Dispose();
            GC.SuppressFinalize(this);
        }

        private AwsSession ResolveSession()
        {
            var request = new CredentialRequest
            {
                AccessKey = AccessKey,
                SecretKey = SecretKey,
                SessionToken = SessionToken,
                ProfileName = ProfileName,
                ProfileLocation = ProfileLocation,
                Credential = Credential?.BaseObject,
                StoredCredentials = Unwrap(SessionState.PSVariable.GetValue("StoredAWSCredentials")),
            };
            var built = AwsSessionBuilder.ForProcess().Build(request, Region,
                AwsRegionTransformationAttribute.NameOf(SessionState.PSVariable.GetValue("StoredAWSRegion")), EndpointUrl, callLog ??= new QueuedCallLog());
            WriteVerbose($"AWS credentials from {built.Credentials.Origin}; region {built.Region} from {built.RegionOrigin}.");
            return built;
        }

        private void WriteCallLog()
        {
            pipelineThreadCalls.Drain();
            if (callLog == null) return;
            foreach (var record in callLog.Drain())
            {
                WriteVerbose(record.ToString());
            }
        }
    }
}
