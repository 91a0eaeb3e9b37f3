using System;

namespace LocalAws.State;

/// <summary>An IAM Identity Center sign-in: the access token `aws sso login` caches, whose user it is, and when it expires.</summary>
public sealed class SsoSignIn
{
    public required string AccessToken { get; init; }
    public required string UserName { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
}
