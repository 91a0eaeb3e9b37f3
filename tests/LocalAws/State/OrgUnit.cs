namespace LocalAws.State;

public sealed class OrgUnit
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required string ParentId { get; init; }
    public Tags Tags { get; } = new();
}
