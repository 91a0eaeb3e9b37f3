using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;

namespace LocalAws.Services.Ec2;

/// <summary>EC2 over its Query protocol, as far as OS access needs it: Windows passwords and the serial console switch.</summary>
public sealed class Ec2Service : QueryService
{
    public Ec2Service()
    {
        Register("GetPasswordData", PasswordDataOperation.Invoke);
        Register("EnableSerialConsoleAccess", SerialConsoleOperations.Enable);
        Register("DisableSerialConsoleAccess", SerialConsoleOperations.Disable);
        Register("GetSerialConsoleAccessStatus", SerialConsoleOperations.Status);
    }

    public override string Name => "ec2";
    public override XNamespace Namespace => "http://ec2.amazonaws.com/doc/2016-11-15/";
    public override string AccessDeniedCode => "UnauthorizedOperation";

    public override string Success(string operation, XElement? result, string requestId) => Ec2Response.Success(Namespace, operation, result, requestId);

    public override string Error(AwsException error, string requestId) => Ec2Response.Error(error, requestId);
}
