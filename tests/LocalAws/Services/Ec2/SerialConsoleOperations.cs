using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;

namespace LocalAws.Services.Ec2;

/// <summary>
/// The account's switch for the EC2 serial console, per Region (off by default): Enable, Disable and GetStatus.
/// EC2 Instance Connect's SendSerialConsoleSSHPublicKey needs it on.
/// </summary>
public static class SerialConsoleOperations
{
    public static XElement Enable(ServiceCall call) => Set(call, "ec2:EnableSerialConsoleAccess", true);

    public static XElement Disable(ServiceCall call) => Set(call, "ec2:DisableSerialConsoleAccess", false);

    public static XElement Status(ServiceCall call)
    {
        call.Demand("ec2:GetSerialConsoleAccessStatus", "*");
        if (call.Query.Bool("DryRun") == true) throw Ec2Errors.DryRun();
        return Xml.E("Result", Xml.Bool("serialConsoleAccessEnabled", IsEnabled(call)), Xml.E("managedBy", "account"));
    }

    public static bool IsEnabled(ServiceCall call) => call.World.SerialConsoleAccess.Contains(Key(call));

    private static XElement Set(ServiceCall call, string action, bool enabled)
    {
        call.Demand(action, "*");
        if (call.Query.Bool("DryRun") == true) throw Ec2Errors.DryRun();
        if (enabled) call.World.SerialConsoleAccess.Add(Key(call));
        else call.World.SerialConsoleAccess.Remove(Key(call));
        return Xml.E("Result", Xml.Bool("serialConsoleAccessEnabled", enabled));
    }

    private static string Key(ServiceCall call) => call.Caller.AccountId + "/" + call.Region;
}
