namespace LocalAws.Tests.Support;

public sealed record Credentials(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    public static readonly Credentials Admin = new(Seeding.DefaultSeed.AdminAccessKeyId, Seeding.DefaultSeed.AdminSecretAccessKey);
    public static readonly Credentials Alice = new(Seeding.DefaultSeed.AliceAccessKeyId, Seeding.DefaultSeed.AliceSecretAccessKey);
}
