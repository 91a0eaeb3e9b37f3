using System.IO;
using System.Text.Json;

namespace LocalAws.Seeding;

/// <summary>
/// The seed used when none is given: a management (hub) account 111111111111 with users admin
/// (AdministratorAccess) and alice (ReadOnlyAccess), member accounts prod, dev and audit under OUs, and
/// instances in prod and dev.
/// </summary>
public static class DefaultSeed
{
    public const string AdminAccessKeyId = "AKIAIOSFODNN7EXAMPLE";
    public const string AdminSecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    public const string AliceAccessKeyId = "AKIAALICEEXAMPLE0001";
    public const string AliceSecretAccessKey = "aliceSecretKeyEXAMPLEaliceSecretKeyEXAMP";
    public const string ManagementAccountId = "111111111111";
    public const string ProdAccountId = "222222222222";
    public const string DevAccountId = "333333333333";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static SeedDocument Load() => Parse(AwsManagedPolicies.Resource("default-seed.json"));

    public static SeedDocument Parse(string json) =>
        JsonSerializer.Deserialize<SeedDocument>(json, Options) ?? throw new InvalidDataException("The seed file is empty.");

    public static SeedDocument FromFile(string path) => Parse(File.ReadAllText(path));
}
