using System;
using System.Linq;
using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Iam;

/// <summary>GetUser, ListUsers, CreateUser, CreateAccessKey.</summary>
public static class UserOperations
{
    public const int MaxAccessKeys = 2;

    public static XElement GetUser(ServiceCall call)
    {
        string? name = call.Query.Get("UserName");
        IamUser user = name is null
            ? call.Caller.Entity as IamUser ?? throw Errors.Validation("Must specify userName when calling with non-User credentials")
            : IamLookup.User(call, name);
        call.Demand("iam:GetUser", user.Arn);
        return Xml.E("Result", IamXml.User("User", user));
    }

    public static XElement ListUsers(ServiceCall call)
    {
        call.Demand("iam:ListUsers", $"arn:aws:iam::{call.Caller.AccountId}:user/");
        return IamPaging.Principals(call, IamLookup.Account(call).Users.Values, "Users", u => IamXml.User("member", u));
    }

    public static XElement CreateUser(ServiceCall call)
    {
        string name = call.Query.Required("UserName");
        NameRules.Check("userName", name, 1, 64);
        string path = NameRules.Path(call.Query.Get("Path"));
        var tags = IamTagging.Read(call);
        string arn = $"arn:aws:iam::{call.Caller.AccountId}:user{path}{name}";
        IamTagging.Demand(call, "iam:CreateUser", arn, new Tags(), tags);
        if (IamLookup.Account(call).Users.ContainsKey(name)) throw Errors.EntityAlreadyExists($"User with name {name} already exists.");
        string? boundary = call.Query.Get("PermissionsBoundary");
        if (boundary is not null) IamLookup.Policy(call, boundary);
        var user = IamFactory.User(call.World, call.Caller.AccountId, name, path, call.Now, call.VisibleFrom);
        user.PermissionsBoundaryArn = boundary;
        IamTagging.Apply(user.Tags, tags, "user");
        return Xml.E("Result", IamXml.User("User", user));
    }

    public static XElement CreateAccessKey(ServiceCall call)
    {
        string? name = call.Query.Get("UserName");
        IamUser user = name is null
            ? call.Caller.Entity as IamUser ?? throw Errors.Validation("Must specify userName when calling with non-User credentials")
            : IamLookup.User(call, name);
        call.Demand("iam:CreateAccessKey", user.Arn);
        int existing = call.World.AccessKeys.Values.Count(k => k.AccountId == user.AccountId && k.UserName == user.Name);
        if (existing >= MaxAccessKeys) throw Errors.LimitExceeded($"Cannot exceed quota for AccessKeysPerUser: {MaxAccessKeys}");
        var key = IamFactory.AccessKey(call.World, user, null, null, call.Now);
        return Xml.E("Result", Xml.E("AccessKey",
            Xml.E("UserName", user.Name), Xml.E("AccessKeyId", key.AccessKeyId), Xml.E("Status", key.Status),
            Xml.E("SecretAccessKey", key.SecretAccessKey), Xml.Time("CreateDate", key.CreateDate)));
    }
}
