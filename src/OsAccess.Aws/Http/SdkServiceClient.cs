using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using OsAccess.Aws.Credentials;

namespace OsAccess.Aws.Http
{
    /// <summary>
    /// The one way OsAccess makes, calls and releases an AWS SDK client, so that STS and SSM behave like the IAM and
    /// Organizations clients: pointed at our endpoint and signing region, signed with our credentials, SDK retries off,
    /// each call run under our retry policy and call log with SDK errors turned into <see cref="AwsServiceException"/>,
    /// and the SDK client disposed with this one.
    /// </summary>
    internal abstract class SdkServiceClient<TClient, TConfig> : IDisposable
        where TClient : AmazonServiceClient
        where TConfig : ClientConfig, new()
    {
        private readonly AwsClientOptions options;
        private readonly string serviceName;
        private readonly TClient client;

        /// <param name="create">The SDK client's constructor that takes credentials and a config.</param>
        protected SdkServiceClient(AwsClientOptions options, string serviceName, Func<AWSCredentials, TConfig, TClient> create)
        {
            this.options = options;
            this.serviceName = serviceName;
            client = create(new SdkCredentialsBridge(options.Credentials), Config(options));
        }

        /// <summary>The SDK's config for our endpoint, with the SDK's own retries off (ours apply).</summary>
        public static TConfig Config(AwsClientOptions options) => new TConfig
        {
            ServiceURL = options.Endpoint.Url.ToString(),
            AuthenticationRegion = options.Endpoint.SigningRegion,
            MaxErrorRetry = 0,
            Timeout = options.HttpClient.Timeout,
        };

        public void Dispose() => client.Dispose();

        /// <summary>Runs one operation of the SDK client under our retry policy and call log.</summary>
        protected Task<T> CallAsync<T>(string operation, Func<TClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
            LoggedAttempts.RunAsync(options, serviceName, operation, async (outcome, ct) =>
            {
                try
                {
                    var result = await call(client, ct).ConfigureAwait(false);
                    outcome.StatusCode = 200;
                    return result;
                }
                catch (AmazonServiceException error) when (error.StatusCode != 0 || error.ErrorCode != null)
                {
                    outcome.StatusCode = (int)error.StatusCode;
                    outcome.ErrorCode = error.ErrorCode ?? ServiceErrors.CodeForStatus((int)error.StatusCode);
                    throw new AwsServiceException(serviceName, operation, outcome.ErrorCode, error.Message, error.RequestId, error.StatusCode, error);
                }
            }, cancellationToken);
    }
}
