using System;
using System.Threading.Tasks;
using LocalAws.Hosting;
using LocalAws.Seeding;

namespace LocalAws;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        CommandLine options;
        SeedDocument seed;
        try
        {
            options = CommandLine.Parse(args);
            seed = options.SeedFile is null ? DefaultSeed.Load() : DefaultSeed.FromFile(options.SeedFile);
            SeedLoader.Load(new State.World(), seed, DateTimeOffset.UtcNow);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or System.IO.IOException or System.Text.Json.JsonException
            or System.IO.InvalidDataException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        await using var host = await LocalAwsHost.StartAsync(new LocalAwsOptions { Port = options.Port, Seed = seed });
        Console.WriteLine(StartupBanner.For(host));
        Console.Out.Flush();
        await host.WaitForShutdownAsync();
        return 0;
    }
}
