using LocalAws.Dispatch;

namespace LocalAws.Services.Ec2InstanceConnect;

/// <summary>EC2 Instance Connect over JSON 1.1: pushing a one-time SSH key for SSH or the serial console.</summary>
public sealed class Ec2InstanceConnectService : JsonService
{
    public Ec2InstanceConnectService()
    {
        Register("SendSSHPublicKey", KeyOperations.SendSshPublicKey);
        Register("SendSerialConsoleSSHPublicKey", KeyOperations.SendSerialConsoleSshPublicKey);
    }

    public override string Name => "ec2-instance-connect";
    public override string TargetPrefix => "AWSEC2InstanceConnectService";
    public override string ValidationErrorCode => "InvalidArgsException";
}
