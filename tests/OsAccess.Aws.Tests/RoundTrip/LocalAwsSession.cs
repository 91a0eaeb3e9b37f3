using System;
using System.Threading.Tasks;
using LocalAws.Hosting;
using LocalAws.Seeding;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Sessions;

namespace OsAccess.Aws.Tests.RoundTrip
{
    /// <summary>One LocalAws on a free loopback port per test class, and an OsAccess session pointed at it as its admin.</summary>
    public sealed class LocalAwsSession : IAsyncLifetime
    {
        public LocalAwsHost Host { get; private set; } = null!;

        public AwsSession Admin { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Host = await LocalAwsHost.StartAsync(new LocalAwsOptions { Port = 0 });
            Admin = As(new AwsCredentials(DefaultSeed.AdminAccessKeyId, DefaultSeed.AdminSecretAccessKey), "seeded admin");
        }

        public AwsSession As(AwsCredentials credentials, string origin, string region = "us-east-1") =>
            new AwsSession(region, "test", new ResolvedCredentials(new StaticCredentialSource(credentials), origin),
                new EndpointResolver(Host.Endpoint.ToString(), _ => null));

        public void Reset() => Host.Emulator.Reset();

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
