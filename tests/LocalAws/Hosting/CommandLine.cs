using System;
using System.Globalization;

namespace LocalAws.Hosting;

/// <summary>Arguments: --port N (0 = free port), --seed FILE.</summary>
public sealed record CommandLine(int Port, string? SeedFile)
{
    public static CommandLine Parse(string[] args)
    {
        int port = 0;
        string? seed = null;
        for (int i = 0; i < args.Length; i++)
        {
            string value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--port":
                    port = int.Parse(value, CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--seed":
                    seed = string.IsNullOrWhiteSpace(value) ? null : value;
                    i++;
                    break;
                default:
                    throw new ArgumentException($"Unknown argument {args[i]}. Use --port N and --seed FILE.");
            }
        }
        if (port is < 0 or > 65535) throw new ArgumentException("--port must be between 0 and 65535.");
        return new CommandLine(port, seed);
    }
}
