using LocalAws.State;

namespace LocalAws.Authorization;

/// <summary>Who signed a request: an IAM user with a long-term key, or an assumed-role session.</summary>
public sealed class Caller
{
    public required string AccountId { get; init; }
    public required string AccessKeyId { get; init; }
    /// <summary>The ARN GetCallerIdentity reports: the user's, or the assumed-role session's.</summary>
    public required string Arn { get; init; }
    /// <summary>aws:PrincipalArn: the user's ARN, or the role's ARN for a session.</summary>
    public required string PrincipalArn { get; init; }
    public required string UserId { get; init; }
    public required IamPrincipal Entity { get; init; }
    public StsSession? Session { get; init; }

    public bool IsRoleSession => Session is not null;
    public string PrincipalType => Session is null ? "User" : "AssumedRole";
}
