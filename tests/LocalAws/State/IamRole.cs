namespace LocalAws.State;

public sealed class IamRole : IamPrincipal
{
    public required string AssumeRolePolicyDocument { get; set; }
    public string? Description { get; set; }
    public int MaxSessionDuration { get; set; } = 3600;

    public override string Arn => $"arn:aws:iam::{AccountId}:role{Path}{Name}";
}
