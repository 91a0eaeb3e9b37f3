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
    public SeedDocument Seed { get; private set; }

    /// <summary>Back to the seeded state: clock, faults and request log cleared too.</summary>
    public void Reset(SeedDocument? seed = null)
    {
        if (seed is not null) Seed = seed;
        Clock.Reset();
        Faults.Clear();
        Requests.Clear();
        lock (World.Gate)
        {
            World.Clear();
            SeedLoader.Load(World, Seed, Clock.UtcNow);
        }
    }
}
