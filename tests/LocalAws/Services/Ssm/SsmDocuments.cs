using System;
using System.Collections.Generic;

namespace LocalAws.Services.Ssm;

/// <summary>
/// The SSM documents LocalAws knows, by type (Session for StartSession, Command for Run Command and associations,
/// Automation for runbooks), and their ARNs (AWS-owned ones have no account).
/// </summary>
public static class SsmDocuments
{
    public const string DefaultShell = "SSM-SessionManagerRunShell";

    public enum Type
    {
        Session,
        Command,
        Automation,
    }

    private static readonly Dictionary<string, Type> AwsOwned = new(StringComparer.Ordinal)
    {
        ["AWS-StartPortForwardingSession"] = Type.Session,
        ["AWS-StartPortForwardingSessionToRemoteHost"] = Type.Session,
        ["AWS-StartPortForwardingSessionToSocket"] = Type.Session,
        ["AWS-StartSSHSession"] = Type.Session,
        ["AWS-StartInteractiveCommand"] = Type.Session,
        ["AWS-StartNonInteractiveCommand"] = Type.Session,
        ["AWS-RunShellScript"] = Type.Command,
        ["AWS-RunPowerShellScript"] = Type.Command,
        ["AWS-RunPatchBaseline"] = Type.Command,
        ["AWS-ConfigureAWSPackage"] = Type.Command,
        ["AWS-UpdateSSMAgent"] = Type.Command,
        ["AWS-GatherSoftwareInventory"] = Type.Command,
        ["AWSSupport-ResetAccess"] = Type.Automation,
        ["AWS-RestartEC2Instance"] = Type.Automation,
        ["AWS-StartEC2Instance"] = Type.Automation,
        ["AWS-StopEC2Instance"] = Type.Automation,
    };

    /// <summary>Whether a document of this type exists: the account's session preferences document, or an AWS-owned one.</summary>
    public static bool Exists(string name, Type type) =>
        (type == Type.Session && name == DefaultShell) || (AwsOwned.TryGetValue(name, out var t) && t == type);

    public static string Arn(string name, string region, string accountId) =>
        AwsOwned.ContainsKey(name) ? $"arn:aws:ssm:{region}::document/{name}" : $"arn:aws:ssm:{region}:{accountId}:document/{name}";

    /// <summary>The resource StartAutomationExecution is authorised on: the runbook's default version.</summary>
    public static string AutomationDefinitionArn(string name, string region, string accountId) =>
        $"arn:aws:ssm:{region}:{accountId}:automation-definition/{name}:$DEFAULT";

    /// <summary>DocumentName may be given as a name or as an ARN.</summary>
    public static string NameOf(string nameOrArn) =>
        nameOrArn.StartsWith("arn:", StringComparison.Ordinal) ? nameOrArn[(nameOrArn.LastIndexOf('/') + 1)..] : nameOrArn;
}
