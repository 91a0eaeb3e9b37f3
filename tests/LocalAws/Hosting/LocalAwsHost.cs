using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using LocalAws.Admin;
using LocalAws.Authorization;
using LocalAws.Dispatch;
using LocalAws.Seeding;
using LocalAws.Services.Ec2;
using LocalAws.Services.Ec2InstanceConnect;
using LocalAws.Services.Iam;
using LocalAws.Services.Organizations;
using LocalAws.Services.Sns;
using LocalAws.Services.Ssm;
using LocalAws.Services.Sso;
using LocalAws.Services.Sts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalAws.Hosting;

/// <summary>The emulator running in Kestrel on 127.0.0.1, in this process.</summary>
public sealed class LocalAwsHost : IAsyncDisposable
{
    public const string AdminPrefix = "/_localaws";

    private readonly WebApplication app;

    private LocalAwsHost(WebApplication app, Emulator emulator, Uri endpoint)
    {
        this.app = app;
        Emulator = emulator;
        Endpoint = endpoint;
    }

    public Emulator Emulator { get; }
    public Uri Endpoint { get; }

    public static async Task<LocalAwsHost> StartAsync(LocalAwsOptions options)
    {
        var emulator = new Emulator(options.Seed ?? DefaultSeed.Load(), options.Authorizer ?? DefaultAuthorizer.Create());
        var dispatcher = new RequestDispatcher(emulator,
            new QueryService[] { new IamService(), new StsService(), new Ec2Service(), new SnsService() },
            new JsonService[] { new OrganizationsService(), new SsmService(), new Ec2InstanceConnectService() });
        var admin = new AdminEndpoint(emulator);
        var ssoPortal = new SsoPortal(emulator);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, options.Port);
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 1024 * 1024;
        });
        var app = builder.Build();
        app.Run(http => http.Request.Path.StartsWithSegments(AdminPrefix) ? admin.HandleAsync(http)
            : SsoPortal.Handles(http.Request) ? ssoPortal.HandleAsync(http)
            : dispatcher.HandleAsync(http));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalAwsHost(app, emulator, new Uri(address.Replace("[::]", "127.0.0.1")));
    }

    /// <summary>Completes when the host is asked to stop: Ctrl+C, SIGTERM, or <see cref="DisposeAsync"/>.</summary>
    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
