using LocalAws.Authorization;
using LocalAws.Seeding;

namespace LocalAws.Hosting;

public sealed class LocalAwsOptions
{
    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }
    public SeedDocument? Seed { get; init; }
    /// <summary>Null uses the policy engine.</summary>
    public IAuthorizer? Authorizer { get; init; }
}
