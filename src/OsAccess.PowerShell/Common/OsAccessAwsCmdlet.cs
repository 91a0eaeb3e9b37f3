using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Sessions;
using OsAccess.Aws.Sts;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// The base of every AWS-touching cmdlet: AWS.Tools' common parameters (same names, aliases and
    /// precedence), the session they resolve to, -Verbose call logging, Ctrl+C cancellation and error mapping.
    /// </summary>
    public abstract class OsAccessAwsCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();
        private readonly QueuedCallLog callLog = new QueuedCallLog();
        private readonly Dictionary<string, CrossAccountSessions> memberAccounts = new Dictionary<string, CrossAccountSessions>(StringComparer.Ordinal);
        private readonly List<SdkStsClient> stsClients = new List<SdkStsClient>();
        private AwsSession? session;

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

        /// <summary>Cancelled when the user presses Ctrl+C.</summary>
        protected CancellationToken StopToken => stopping.Token;

        /// <summary>The session the common parameters resolve to, resolved afresh for each record of input.</summary>
        protected AwsSession Session => session ?? throw new InvalidOperationException("The AWS session is resolved in ProcessRecord.");

        protected override void ProcessRecord()
        {
            try
            {
                // Resolved here, on the pipeline thread, because the parameters may have come from this record.
                session = ResolveSession();
                ProcessAwsRecord();
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

        /// <summary>The cmdlet's work for one record of input.</summary>
        protected abstract void ProcessAwsRecord();

        protected override void StopProcessing() => stopping.Cancel();

        /// <summary>Runs AWS work off the pipeline thread, writing its call log as verbose messages while it runs.</summary>
        protected T Run<T>(Func<CancellationToken, Task<T>> work)
        {
            var task = Task.Run(() => work(stopping.Token));
            while (!task.IsCompleted)
            {
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne(50);
                WriteCallLog();
            }

            WriteCallLog();
            return task.GetAwaiter().GetResult();
        }

        /// <summary>
        /// The session in a member account, reached by assuming <paramref name="roleName"/> there with this record's
        /// credentials. Each role is assumed once per invocation, however many records name its account.
        /// </summary>
        protected AwsSession MemberSession(string accountId, string roleName, string? externalId)
        {
            var caller = Session;
            string key = string.Join("\u001f", roleName, externalId, caller.Region, caller.Credentials.Origin, AccessKey, SessionToken, ProfileName,
                ProfileLocation, EndpointUrl, Credential == null ? string.Empty : RuntimeHelpers.GetHashCode(Credential.BaseObject).ToString());
            if (!memberAccounts.TryGetValue(key, out var sessions))
            {
                var sts = caller.Sts();
                stsClients.Add(sts);
                sessions = new CrossAccountSessions(sts, caller.Clock, new CrossAccountOptions
                {
                    RoleName = roleName,
                    ExternalId = externalId,
                    Partition = AwsPartition.Of(caller.Region).Name,
                });
                memberAccounts.Add(key, sessions);
            }

            return caller.InAccount(accountId, sessions.ForAccount(accountId), $"role {roleName} assumed with credentials from {caller.Credentials.Origin}");
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
            foreach (var sts in stsClients)
            {
                sts.Dispose();
            }

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
                AwsRegionTransformationAttribute.NameOf(SessionState.PSVariable.GetValue("StoredAWSRegion")), EndpointUrl, callLog);
            WriteVerbose($"AWS credentials from {built.Credentials.Origin}; region {built.Region} from {built.RegionOrigin}.");
            return built;
        }

        private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

        private void WriteCallLog()
        {
            foreach (var record in callLog.Drain())
            {
                WriteVerbose(record.ToString());
            }
        }
    }
}
