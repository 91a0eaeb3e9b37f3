using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace OsAccess.Aws.Tests.Fakes
{
    /// <summary>An HTTP server on 127.0.0.1 that answers with a function of the request, for SDK clients that bring their own HTTP stack.</summary>
    internal sealed class LoopbackServer : IDisposable
    {
        private readonly HttpListener listener = new HttpListener();
        private readonly Func<ReceivedRequest, (int Status, string ContentType, string Body)> answer;

        public LoopbackServer(Func<ReceivedRequest, (int Status, string ContentType, string Body)> answer)
        {
            this.answer = answer;
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/";
            listener.Prefixes.Add(Url);
            listener.Start();
            _ = Task.Run(LoopAsync);
        }

        public string Url { get; }

        public ConcurrentQueue<ReceivedRequest> Requests { get; } = new ConcurrentQueue<ReceivedRequest>();

        private async Task LoopAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var request = new ReceivedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath,
                    context.Request.Headers.AllKeys.Select(k => new KeyValuePair<string, string>(k!, context.Request.Headers[k]!)).ToList(),
                    await reader.ReadToEndAsync());
                Requests.Enqueue(request);
                var (status, contentType, body) = answer(request);
                byte[] bytes = Encoding.UTF8.GetBytes(body);
                context.Response.StatusCode = status;
                context.Response.ContentType = contentType;
                context.Response.Headers["x-amzn-RequestId"] = "loopback-request";
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }

        public void Dispose()
        {
            listener.Stop();
            listener.Close();
        }
    }

    internal sealed class ReceivedRequest
    {
        public ReceivedRequest(string method, string path, IReadOnlyList<KeyValuePair<string, string>> headers, string body)
        {
            Method = method;
            Path = path;
            Headers = headers;
            Body = body;
        }

        public string Method { get; }

        public string Path { get; }

        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

        public string Body { get; }

        public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
    }
}
