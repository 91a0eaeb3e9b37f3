using System.Text.Json.Nodes;
using LocalAws.State;

namespace LocalAws.Hosting;

/// <summary>The first line printed: endpoint and the management account's credentials, as one JSON object.</summary>
public static class StartupBanner
{
    public static string For(LocalAwsHost host)
    {
        var world = host.Emulator.World;
        lock (world.Gate)
        {
            world.AccessKeys.TryGetValue(world.PrimaryAccessKeyId, out AccessKey? key);
            return new JsonObject
            {
                ["endpoint"] = host.Endpoint.ToString().TrimEnd('/'),
                ["accountId"] = world.PrimaryAccountId,
                ["accessKeyId"] = key?.AccessKeyId,
                ["secretAccessKey"] = key?.SecretAccessKey,
                ["region"] = "us-east-1",
                ["admin"] = host.Endpoint.ToString().TrimEnd('/') + LocalAwsHost.AdminPrefix,
            }.ToJsonString();
        }
    }
}
