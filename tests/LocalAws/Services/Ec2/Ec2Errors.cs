using LocalAws.Protocol;

namespace LocalAws.Services.Ec2;

/// <summary>EC2's error codes (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html).</summary>
public static class Ec2Errors
{
    public static AwsException InstanceNotFound(string id) => new("InvalidInstanceID.NotFound", 400, $"The instance ID '{id}' does not exist");

    public static AwsException DryRun() => new("DryRunOperation", 412, "Request would have succeeded, but DryRun flag is set.");
}
