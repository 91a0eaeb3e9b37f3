using System;
using System.Text.Json.Nodes;
using LocalAws.Authorization;
using LocalAws.Dispatch;
using LocalAws.Infrastructure;
using LocalAws.Protocol;
using LocalAws.Services.Ec2;
using LocalAws.State;

namespace LocalAws.Services.Ec2InstanceConnect;

/// <summary>
/// SendSSHPublicKey and SendSerialConsoleSSHPublicKey: authorised on the instance with its tags (and, for SSH, the OS user
/// as <c>ec2:osuser</c>); the key is checked for shape and not kept, since nothing here logs in with it.
/// </summary>
public static class KeyOperations
{
    public static JsonObject SendSshPublicKey(ServiceCall call)
    {
        string instanceId = call.Json.Required("InstanceId");
        string user = call.Json.Required("InstanceOSUser");
        string key = call.Json.Required("SSHPublicKey");
        var instance = InstanceLookup.Find(call, instanceId);
        var context = InstanceLookup.Context(call, instance, "ec2:ResourceTag/");
        context["ec2:osuser"] = ContextKeys.One(user);
        call.Demand("ec2-instance-connect:SendSSHPublicKey", Arn(call, instanceId), context);
        CheckKey(call, key);
        Require(instance, instanceId);
        return Sent();
    }

    public static JsonObject SendSerialConsoleSshPublicKey(ServiceCall call)
    {
        string instanceId = call.Json.Required("InstanceId");
        string key = call.Json.Required("SSHPublicKey");
        int port = call.Json.Int("SerialPort") ?? 0;
        var instance = InstanceLookup.Find(call, instanceId);
        call.Demand("ec2-instance-connect:SendSerialConsoleSSHPublicKey", Arn(call, instanceId), InstanceLookup.Context(call, instance, "ec2:ResourceTag/"));
        if (port != 0) throw call.Json.Invalid($"Serial port {port} is not supported: use 0.");
        CheckKey(call, key);
        if (!SerialConsoleOperations.IsEnabled(call))
            throw Errors.Json("SerialConsoleAccessDisabledException", "Your requested instance type is not supported or EC2 serial console access is disabled for your account. Enable it with EnableSerialConsoleAccess.");
        Require(instance, instanceId);
        return Sent();
    }

    // EC2 Instance Connect works on EC2 instances only, never on hybrid nodes.
    private static string Arn(ServiceCall call, string instanceId) => $"arn:aws:ec2:{call.Region}:{call.Caller.AccountId}:instance/{instanceId}";

    private static void Require(SsmInstance? instance, string instanceId)
    {
        if (instance is null || instance.IsManagedInstance)
            throw Errors.Json("EC2InstanceNotFoundException", $"Instance {instanceId} does not exist.");
        if (instance.PingStatus != "Online")
            throw Errors.Json("EC2InstanceStateInvalidException", $"Instance {instanceId} is not in a valid state.");
    }

    private static void CheckKey(ServiceCall call, string key)
    {
        if (key.Length is < 80 or > 4096) throw call.Json.Invalid("The SSH public key must be 80 to 4,096 characters long.");
        if (!(key.StartsWith("ssh-rsa ", StringComparison.Ordinal) || key.StartsWith("ssh-ed25519 ", StringComparison.Ordinal) || key.StartsWith("ecdsa-sha2-", StringComparison.Ordinal)))
            throw call.Json.Invalid("The SSH public key is not in an accepted format: use an OpenSSH public key (ssh-rsa, ssh-ed25519 or ecdsa-sha2-…).");
    }

    private static JsonObject Sent() => new() { ["RequestId"] = IdGenerator.RequestId(), ["Success"] = true };
}
