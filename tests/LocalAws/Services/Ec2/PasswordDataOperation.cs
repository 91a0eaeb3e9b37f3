using System;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;

namespace LocalAws.Services.Ec2;

/// <summary>
/// GetPasswordData: the Windows administrator password, encrypted with the instance's key pair (here an opaque
/// base64 blob, the same for the same instance); empty for Linux instances. Authorised on the instance, with its tags.
/// </summary>
public static class PasswordDataOperation
{
    public static XElement Invoke(ServiceCall call)
    {
        string id = call.Query.Required("InstanceId");
        var instance = InstanceLookup.Find(call, id);
        call.Demand("ec2:GetPasswordData", InstanceLookup.Arn(call, id, instance), InstanceLookup.Context(call, instance, "ec2:ResourceTag/"));
        if (call.Query.Bool("DryRun") == true) throw Ec2Errors.DryRun();
        if (instance is null || instance.IsManagedInstance) throw Ec2Errors.InstanceNotFound(id);
        string password = instance.PlatformType == "Windows"
            ? Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("password:" + instance.InstanceId)))
            : "";
        return Xml.E("Result",
            Xml.E("instanceId", instance.InstanceId),
            Xml.Time("timestamp", instance.RegistrationDate),
            Xml.E("passwordData", password));
    }
}
