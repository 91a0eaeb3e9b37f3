namespace LocalAws.State;

/// <summary>An Organizations policy; only SERVICE_CONTROL_POLICY is emulated.</summary>
public sealed class OrgPolicy
{
    public const string ScpType = "SERVICE_CONTROL_POLICY";
    public const string FullAwsAccessId = "p-FullAWSAccess";

    public required string Id { get; init; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public required string Content { get; set; }
    public string Type { get; init; } = ScpType;
    public bool AwsManaged { get; init; }
    public Tags Tags { get; } = new();
}
