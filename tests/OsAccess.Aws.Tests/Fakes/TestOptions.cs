using System;
using System.Net.Http;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Http;
using OsAccess.Aws.Retry;

namespace OsAccess.Aws.Tests.Fakes
{
    internal static class TestOptions
    {
        public static readonly AwsCredentials Credentials = new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "the-session-token");

        public static AwsClientOptions For(FakeHttpHandler handler, string url, string region, string service, RecordingDelay? delay = null, RecordingCallLog? log = null) =>
            new AwsClientOptions(new AwsEndpoint(new Uri(url), region, service), new StaticCredentialSource(Credentials))
            {
                HttpClient = new HttpClient(handler),
                Clock = new ManualClock(new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.Zero)),
                Retry = new RetryPolicy(new RetryOptions { MaxAttempts = 3 }, delay ?? new RecordingDelay(), () => 0.5),
                Log = log ?? new RecordingCallLog(),
                Account = "111111111111",
            };
    }
}
