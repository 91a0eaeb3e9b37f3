namespace LocalAws.State;

public sealed class IamUser : IamPrincipal
{
    public override string Arn => $"arn:aws:iam::{AccountId}:user{Path}{Name}";
}
