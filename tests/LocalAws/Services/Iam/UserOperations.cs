using System;
using System.Linq;
using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Iam;

/// <summary>GetUser, ListUsers, CreateUser, DeleteUser.</summary>
public static class UserOperations
{
    public static XElement GetUser(ServiceCall call)
    {
        var user = IamLookup.UserOrCaller(call);
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
        var (name, path) = PrincipalCreation.NameAndPath(call, PrincipalKind.User);
        var (tags, boundary) = PrincipalCreation.Authorize(call, PrincipalKind.User, name, path, IamLookup.Account(call).Users.ContainsKey(name));
        if (boundary is not null) IamLookup.Policy(call, boundary);
        var user = IamFactory.User(call.World, call.Caller.AccountId, name, path, call.Now, call.VisibleFrom);
        user.PermissionsBoundaryArn = boundary;
        IamTagging.Apply(user.Tags, tags, "user");
        return Xml.E("Result", IamXml.User("User", user));
    }

    public static XElement? DeleteUser(ServiceCall call)
    {
        var user = IamLookup.User(call, call.Query.Required("UserName"));
        call.Demand("iam:DeleteUser", user.Arn);
        if (AccessKeyOperations.KeysOf(call, user).Any()) throw Errors.DeleteConflict("Cannot delete entity, must delete access keys first.");
        if (user.InlinePolicies.Count > 0) throw Errors.DeleteConflict("Cannot delete entity, must delete policies first.");
        if (user.AttachedPolicyArns.Count > 0) throw Errors.DeleteConflict("Cannot delete entity, must detach all policies first.");
        IamLookup.Account(call).Users.Remove(user.Name);
        return null;
    }
}
