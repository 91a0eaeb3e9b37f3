using System.Collections.Generic;
using System.Text.Json;

namespace LocalAws.Seeding;

/// <summary>
/// The seed file: an organization (OUs, member accounts, SCPs), users with access keys, roles,
/// customer managed policies and SSM managed instances. Policy documents may be JSON objects or strings.
/// Every member account also gets OrganizationAccountAccessRole, as AWS creates it.
/// </summary>
public sealed class SeedDocument
{
    public SeedOrganization? Organization { get; set; }
    /// <summary>Accounts outside any organization.</summary>
    public List<string> StandaloneAccounts { get; set; } = new();
    public List<SeedUser> Users { get; set; } = new();
    public List<SeedGroup> Groups { get; set; } = new();
    public List<SeedRole> Roles { get; set; } = new();
    public List<SeedPolicy> Policies { get; set; } = new();
    public List<SeedInstance> Instances { get; set; } = new();

    /// <summary>A policy document as the seed wrote it: a JSON string's value, or an object's text.</summary>
    public static string Text(JsonElement document) =>
        document.ValueKind == JsonValueKind.String ? document.GetString()! : document.GetRawText();
}

public sealed class SeedOrganization
{
    public string ManagementAccountId { get; set; } = "111111111111";
    public string ManagementAccountName { get; set; } = "management";
    public string ManagementAccountEmail { get; set; } = "management@example.com";
    public bool ScpEnabled { get; set; } = true;
    public List<SeedUnit> OrganizationalUnits { get; set; } = new();
    public List<SeedAccount> Accounts { get; set; } = new();
    public List<SeedScp> ServiceControlPolicies { get; set; } = new();
}

/// <summary>An OU; Parent is "Root" or another OU's name (names are unique within a seed).</summary>
public sealed class SeedUnit
{
    public string Name { get; set; } = "";
    public string Parent { get; set; } = "Root";
}

public sealed class SeedAccount
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public string Parent { get; set; } = "Root";
}

/// <summary>An SCP and its targets: "Root", OU names, or account ids.</summary>
public sealed class SeedScp
{
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public JsonElement Content { get; set; }
    public List<string> Targets { get; set; } = new();
}

public sealed class SeedAccessKey
{
    public string AccessKeyId { get; set; } = "";
    public string SecretAccessKey { get; set; } = "";
}

public sealed class SeedUser
{
    public string Account { get; set; } = "";
    public string Name { get; set; } = "";
    public string Path { get; set; } = "/";
    public List<SeedAccessKey> AccessKeys { get; set; } = new();
    public List<string> ManagedPolicies { get; set; } = new();
    public Dictionary<string, JsonElement> InlinePolicies { get; set; } = new();
    public Dictionary<string, string> Tags { get; set; } = new();
}

public sealed class SeedGroup
{
    public string Account { get; set; } = "";
    public string Name { get; set; } = "";
    public string Path { get; set; } = "/";
    public List<string> Members { get; set; } = new();
    public List<string> ManagedPolicies { get; set; } = new();
    public Dictionary<string, JsonElement> InlinePolicies { get; set; } = new();
}

public sealed class SeedRole
{
    public string Account { get; set; } = "";
    public string Name { get; set; } = "";
    public string Path { get; set; } = "/";
    public JsonElement TrustPolicy { get; set; }
    public int MaxSessionDuration { get; set; } = 3600;
    public List<string> ManagedPolicies { get; set; } = new();
    public Dictionary<string, JsonElement> InlinePolicies { get; set; } = new();
    public Dictionary<string, string> Tags { get; set; } = new();
}

public sealed class SeedPolicy
{
    public string Account { get; set; } = "";
    public string Name { get; set; } = "";
    public string Path { get; set; } = "/";
    public string? Description { get; set; }
    public JsonElement Document { get; set; }
}

public sealed class SeedInstance
{
    public string Account { get; set; } = "";
    public string Region { get; set; } = "us-east-1";
    public string InstanceId { get; set; } = "";
    public string PlatformType { get; set; } = "Linux";
    public string? PlatformName { get; set; }
    public string? ComputerName { get; set; }
    public string PingStatus { get; set; } = "Online";
    public Dictionary<string, string> Tags { get; set; } = new();
}
