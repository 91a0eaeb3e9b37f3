using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OsAccess.Aws.Tests.Fakes
{
    /// <summary>Answers requests from a queue of canned responses and records what it was sent.</summary>
    internal sealed class FakeHttpHandler : HttpMessageHandler
    {
        private readonly ConcurrentQueue<Func<HttpResponseMessage>> answers = new ConcurrentQueue<Func<HttpResponseMessage>>();

        public List<RecordedRequest> Requests { get; } = new List<RecordedRequest>();

        public FakeHttpHandler Reply(HttpStatusCode status, string body, string? requestId = "req-1")
        {
            answers.Enqueue(() =>
            {
                var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8) };
                if (requestId != null)
                {
                    response.Headers.Add("x-amzn-RequestId", requestId);
                }

                return response;
            });
            return this;
        }

        public FakeHttpHandler Fail(Exception error)
        {
            answers.Enqueue(() => throw error);
            return this;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string body = request.Content == null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            lock (Requests)
            {
                Requests.Add(new RecordedRequest(request, body));
            }

            if (!answers.TryDequeue(out var answer))
            {
                throw new InvalidOperationException("The fake has no answer left for " + request.RequestUri);
            }

            return answer();
        }
    }

    internal sealed class RecordedRequest
    {
        public RecordedRequest(HttpRequestMessage message, string body)
        {
            Uri = message.RequestUri!;
            Body = body;
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in message.Headers)
            {
                Headers[header.Key] = string.Join(",", header.Value);
            }

            if (message.Content != null)
            {
                foreach (var header in message.Content.Headers)
                {
                    Headers[header.Key] = string.Join(",", header.Value);
                }
            }
        }

        public Uri Uri { get; }

        public string Body { get; }

        public Dictionary<string, string> Headers { get; }
    }
}
