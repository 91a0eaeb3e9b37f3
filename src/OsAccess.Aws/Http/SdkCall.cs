using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;

namespace OsAccess.Aws.Http
{
    /// <summary>
    /// Runs one call of an AWS SDK client under OsAccess's retry policy and call log, and turns SDK errors
    /// into <see cref="AwsServiceException"/>, so STS and SSM behave like the IAM and Organizations clients.
    /// </summary>
    internal static class SdkCall
    {
        /// <summary>SDK settings shared by our SDK clients: our endpoint and signing region, no SDK-side retries.</summary>
        public static T Configure<T>(T config, AwsClientOptions options) where T : ClientConfig
        {
            config.ServiceURL = options.Endpoint.Url.ToString();
            config.AuthenticationRegion = options.Endpoint.SigningRegion;
            config.MaxErrorRetry = 0;
            config.Timeout = options.HttpClient.Timeout;
            return config;
        }

        public static Task<T> RunAsync<T>(AwsClientOptions options, string service, string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
            LoggedAttempts.RunAsync(options, service, operation, async (outcome, ct) =>
            {
                try
                {
                    var result = await call(ct).ConfigureAwait(false);
                    outcome.StatusCode = 200;
                    return result;
                }
                catch (AmazonServiceException error) when (error.StatusCode != 0 || error.ErrorCode != null)
                {
                    outcome.StatusCode = (int)error.StatusCode;
                    outcome.ErrorCode = error.ErrorCode ?? ServiceErrors.CodeForStatus((int)error.StatusCode);
                    throw new AwsServiceException(service, operation, outcome.ErrorCode, error.Message, error.RequestId, error.StatusCode, error);
                }
            }, cancellationToken);
    }
}
