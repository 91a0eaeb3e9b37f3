using System;
using System.Linq;
using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Iam;

/// <summary>CreateAccessKey, ListAccessKeys, UpdateAccessKey, DeleteAccessKey: at most two keys per user.</summary>
public static class AccessKeyOperations
{
    public const int MaxAccessKeys = 2;

    public static XElement Create(ServiceCall call)
    {
        var user = IamLookup.UserOrCaller(call);
        call.Demand("iam:CreateAccessKey", user.Arn);
        if (KeysOf(call, user).Count() >= MaxAccessKeys) throw Errors.LimitExceeded($"Cannot exceed quota for AccessKeysPerUser: {MaxAccessKeys}");
        var key = IamFactory.AccessKey(call.World, user, null, null, call.Now);
        return Xml.E("Result", Xml.E("AccessKey",
            Xml.E("UserName", user.Name), Xml.E("AccessKeyId", key.AccessKeyId), Xml.E("Status", key.Status),
            Xml.E("SecretAccessKey", key.SecretAccessKey), Xml.Time("CreateDate", key.CreateDate)));
    }

    public static XElement List(ServiceCall call)
    {
        var user = IamLookup.UserOrCaller(call);
        call.Demand("iam:ListAccessKeys", user.Arn);
        var (page, trailer) = IamPaging.Page(call, KeysOf(call, user).OrderBy(k => k.CreateDate).ToList());
        return Xml.E("Result", Xml.Members("AccessKeyMetadata", page.Select(k => (object)Xml.E("member",
            Xml.E("UserName", k.UserName), Xml.E("AccessKeyId", k.AccessKeyId), Xml.E("Status", k.Status),
            Xml.Time("CreateDate", k.CreateDate)))), trailer);
    }

    public static XElement? Update(ServiceCall call)
    {
        var user = IamLookup.UserOrCaller(call);
        string status = call.Query.Required("Status");
        if (status is not ("Active" or "Inactive"))
            throw Errors.Validation($"1 validation error detected: Value '{status}' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]");
        call.Demand("iam:UpdateAccessKey", user.Arn);
        Find(call, user).Status = status;
        return null;
    }

    public static XElement? Delete(ServiceCall call)
    {
        var user = IamLookup.UserOrCaller(call);
        call.Demand("iam:DeleteAccessKey", user.Arn);
        call.World.AccessKeys.Remove(Find(call, user).AccessKeyId);
        return null;
    }

    public static System.Collections.Generic.IEnumerable<AccessKey> KeysOf(ServiceCall call, IamUser user) =>
        call.World.AccessKeys.Values.Where(k => k.AccountId == user.AccountId && string.Equals(k.UserName, user.Name, StringComparison.OrdinalIgnoreCase));

    private static AccessKey Find(ServiceCall call, IamUser user)
    {
        string id = call.Query.Required("AccessKeyId");
        return KeysOf(call, user).FirstOrDefault(k => k.AccessKeyId == id)
            ?? throw Errors.NoSuchEntity($"The Access Key with id {id} cannot be found");
    }
}
