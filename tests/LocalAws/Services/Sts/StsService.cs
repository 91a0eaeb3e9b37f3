using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;

namespace LocalAws.Services.Sts;

/// <summary>STS over the Query protocol: GetCallerIdentity and AssumeRole.</summary>
public sealed class StsService : QueryService
{
    public StsService()
    {
        Register("GetCallerIdentity", GetCallerIdentity);
        Register("AssumeRole", AssumeRoleOperation.Invoke);
    }

    public override string Name => "sts";
    public override XNamespace Namespace => "https://sts.amazonaws.com/doc/2011-06-15/";

    private static XElement GetCallerIdentity(ServiceCall call) =>
        Xml.E("Result",
            Xml.E("UserId", call.Caller.UserId),
            Xml.E("Account", call.Caller.AccountId),
            Xml.E("Arn", call.Caller.Arn));
}
