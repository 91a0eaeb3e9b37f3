using System;

namespace LocalAws.State;

/// <summary>A node registered with Systems Manager: an EC2 instance (i-…) or a hybrid managed instance (mi-…).</summary>
public sealed class SsmInstance
{
    public required string InstanceId { get; init; }
    public required string AccountId { get; init; }
    public required string Region { get; init; }
    public string PlatformType { get; init; } = "Linux";
    public string PlatformName { get; init; } = "Amazon Linux";
    public string PlatformVersion { get; init; } = "2023";
    public string PingStatus { get; set; } = "Online";
    public string ComputerName { get; init; } = "ip-10-0-0-1.ec2.internal";
    public string IpAddress { get; init; } = "10.0.0.1";
    public string AgentVersion { get; init; } = "3.3.1142.0";
    public DateTimeOffset RegistrationDate { get; init; }
    public Tags Tags { get; init; } = new();

    public bool IsManagedInstance => InstanceId.StartsWith("mi-", StringComparison.Ordinal);
    public string ResourceType => IsManagedInstance ? "ManagedInstance" : "EC2Instance";

    public string Arn => IsManagedInstance
        ? $"arn:aws:ssm:{Region}:{AccountId}:managed-instance/{InstanceId}"
        : $"arn:aws:ec2:{Region}:{AccountId}:instance/{InstanceId}";
}
