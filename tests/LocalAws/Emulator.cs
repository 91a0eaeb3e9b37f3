using System;
using LocalAws.Authorization;
using LocalAws.Infrastructure;
using LocalAws.Seeding;
using LocalAws.Signing;
using LocalAws.State;

namespace LocalAws;

/// <summary>The emulator's shared parts: state, clock, faults, request log, authoriser and signature check.</summary>
public sealed class Emulator
{
    public Emulator(SeedDocument seed, IAuthorizer authorizer)
    {
        Seed = seed;
        Authorizer = authorizer;
        Reset();
    }

    public World World { get; } = new();
    public Clock Clock { get; } = new();
    public FaultInjector Faults { get; } = new();
    public RequestLog Requests { get; } = new();
    public IAuthorizer Authorizer { get; }
    public ISignatureCalculator SignatureCalculator { get; } = new SigV4SignatureCalculator();
    /// <summary>The seed the emulator started with.</summary>
    public SeedDocument Seed { get; }

    /// <summary>
    /// Back to the starting seed, or to the given one; clock, faults and request log cleared too. A seed that does not
    /// load (an undefined parent, say) throws before anything is changed.
    /// </summary>
    public void Reset(SeedDocument? seed = null)
    {
        var loaded = new World();
        SeedLoader.Load(loaded, seed ?? Seed, DateTimeOffset.UtcNow); // what the clock reads once reset
        Clock.Reset();
        Faults.Clear();
        Requests.Clear();
        lock (World.Gate) World.ReplaceWith(loaded);
    }
}
