using System.Linq;
using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Iam;

/// <summary>CreateGroup and AddUserToGroup; a group's policies count for each of its users (see PolicyGatherer).</summary>
public static class GroupOperations
{
    /// <summary>"Groups an IAM user can be a member of: 10" (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html).</summary>
    public const int GroupsPerUser = 10;

    public static XElement CreateGroup(ServiceCall call)
    {
        string name = call.Query.Required("GroupName");
        NameRules.Check("groupName", name, 1, 128);
        string path = NameRules.Path(call.Query.Get("Path"));
        call.Demand("iam:CreateGroup", $"arn:aws:iam::{call.Caller.AccountId}:group{path}{name}");
        if (IamLookup.Account(call).Groups.ContainsKey(name)) throw Errors.EntityAlreadyExists($"Group with name {name} already exists.");
        var group = IamFactory.Group(call.World, call.Caller.AccountId, name, path, call.Now);
        return Xml.E("Result", Xml.E("Group",
            Xml.E("Path", group.Path), Xml.E("GroupName", group.Name), Xml.E("GroupId", group.Id), Xml.E("Arn", group.Arn),
            Xml.Time("CreateDate", group.CreateDate)));
    }

    public static XElement? AddUserToGroup(ServiceCall call)
    {
        var group = IamLookup.Group(call, call.Query.Required("GroupName"));
        var user = IamLookup.User(call, call.Query.Required("UserName"));
        call.Demand("iam:AddUserToGroup", group.Arn);
        if (group.UserNames.Contains(user.Name)) return null;
        if (GroupsOf(IamLookup.Account(call), user).Count() >= GroupsPerUser)
            throw Errors.LimitExceeded($"Cannot exceed quota for GroupsPerUser: {GroupsPerUser}");
        group.UserNames.Add(user.Name);
        return null;
    }

    /// <summary>The groups <paramref name="user"/> is a member of, by name.</summary>
    public static System.Collections.Generic.IEnumerable<IamGroup> GroupsOf(IamAccount account, IamUser user) =>
        account.Groups.Values.Where(g => g.UserNames.Contains(user.Name)).OrderBy(g => g.Name, System.StringComparer.OrdinalIgnoreCase);
}
