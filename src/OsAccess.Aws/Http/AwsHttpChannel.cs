using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Signing;

namespace OsAccess.Aws.Http
{
    /// <summary>
    /// Sends signed requests to one service endpoint, retries what is worth retrying, logs every attempt,
    /// and turns error answers into <see cref="AwsServiceException"/> through the protocol's error reader.
    /// </summary>
    public sealed class AwsHttpChannel
    {
        private readonly AwsClientOptions options;
        private readonly string service;
        private readonly Func<AwsResponse, string, AwsServiceException> readError;

        public AwsHttpChannel(AwsClientOptions options, string service, Func<AwsResponse, string, AwsServiceException> readError)
        {
            this.options = options;
            this.service = service;
            this.readError = readError;
        }

        public AwsClientOptions Options => options;

        public Task<AwsResponse> SendAsync(AwsRequest request, CancellationToken cancellationToken) =>
            LoggedAttempts.RunAsync(options, service, request.Operation, (outcome, ct) => SendOnceAsync(request, outcome, ct), cancellationToken);

        private async Task<AwsResponse> SendOnceAsync(AwsRequest request, AttemptOutcome outcome, CancellationToken cancellationToken)
        {
            var credentials = await options.Credentials.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
            using (var message = new HttpRequestMessage(HttpMethod.Post, options.Endpoint.Url))
            {
                message.Content = new ByteArrayContent(request.Body);
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
                foreach (var header in request.Headers)
                {
                    message.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }

                HttpRequestSigner.Sign(message, request.Body, credentials, options.Endpoint.SigningRegion, options.Endpoint.SigningName, options.Clock.UtcNow);
                using (var answer = await options.HttpClient.SendAsync(message, cancellationToken).ConfigureAwait(false))
                {
                    outcome.StatusCode = (int)answer.StatusCode;
                    string body = await answer.Content.ReadAsStringAsync().ConfigureAwait(false);
                    string? requestId = answer.Headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.FirstOrDefault() : null;
                    var response = new AwsResponse(answer.StatusCode, body, requestId);
                    if (!response.IsSuccess)
                    {
                        var error = readError(response, request.Operation);
                        outcome.ErrorCode = error.Code;
                        throw error;
                    }

                    return response;
                }
            }
        }
    }
}
