using System.Text.Json.Nodes;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Ssm;

/// <summary>SSM's JSON shapes: Session and InstanceInformation.</summary>
public static class SsmJson
{
    public static JsonObject Session(SsmSession s)
    {
        var o = new JsonObject
        {
            ["SessionId"] = s.SessionId, ["Target"] = s.Target, ["Status"] = s.Status,
            ["StartDate"] = JsonResponse.Epoch(s.StartDate), ["DocumentName"] = s.DocumentName, ["Owner"] = s.Owner,
        };
        if (s.EndDate is { } end) o["EndDate"] = JsonResponse.Epoch(end);
        if (s.Reason is not null) o["Reason"] = s.Reason;
        return o;
    }

    public static JsonObject Instance(SsmInstance i) => new()
    {
        ["InstanceId"] = i.InstanceId, ["PingStatus"] = i.PingStatus, ["LastPingDateTime"] = JsonResponse.Epoch(i.RegistrationDate),
        ["AgentVersion"] = i.AgentVersion, ["IsLatestVersion"] = true, ["PlatformType"] = i.PlatformType,
        ["PlatformName"] = i.PlatformName, ["PlatformVersion"] = i.PlatformVersion, ["ResourceType"] = i.ResourceType,
        ["IPAddress"] = i.IpAddress, ["ComputerName"] = i.ComputerName, ["SourceId"] = i.InstanceId,
        ["SourceType"] = i.IsManagedInstance ? "AWS::SSM::ManagedInstance" : "AWS::EC2::Instance",
    };
}
