using System;
using System.Collections.Generic;

namespace LocalAws.Services.Ssm;

/// <summary>The Session Manager documents a session may run, and their ARNs (AWS-owned ones have no account).</summary>
public static class SsmDocuments
{
    public const string DefaultShell = "SSM-SessionManagerRunShell";

    private static readonly HashSet<string> AwsOwned = new(StringComparer.Ordinal)
    {
        "AWS-StartPortForwardingSession",
        "AWS-StartPortForwardingSessionToRemoteHost",
        "AWS-StartPortForwardingSessionToSocket",
        "AWS-StartSSHSession",
        "AWS-StartInteractiveCommand",
        "AWS-StartNonInteractiveCommand",
    };

    public static bool Exists(string name) => name == DefaultShell || AwsOwned.Contains(name);

    public static string Arn(string name, string region, string accountId) =>
        AwsOwned.Contains(name) ? $"arn:aws:ssm:{region}::document/{name}" : $"arn:aws:ssm:{region}:{accountId}:document/{name}";

    /// <summary>DocumentName may be given as a name or as an ARN.</summary>
    public static string NameOf(string nameOrArn) =>
        nameOrArn.StartsWith("arn:", StringComparison.Ordinal) ? nameOrArn[(nameOrArn.LastIndexOf('/') + 1)..] : nameOrArn;
}
