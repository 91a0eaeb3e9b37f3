using System;
using System.Linq;
using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;

namespace LocalAws.Services.Iam;

/// <summary>GetRole, ListRoles, CreateRole, DeleteRole, UpdateRole, UpdateAssumeRolePolicy.</summary>
public static class RoleOperations
{
    public static XElement GetRole(ServiceCall call)
    {
        var role = IamLookup.Role(call, call.Query.Required("RoleName"));
        call.Demand("iam:GetRole", role.Arn);
        return Xml.E("Result", IamXml.Role("Role", role));
    }

    public static XElement ListRoles(ServiceCall call)
    {
        call.Demand("iam:ListRoles", $"arn:aws:iam::{call.Caller.AccountId}:role/");
        return IamPaging.Principals(call, IamLookup.Account(call).Roles.Values, "Roles", r => IamXml.Role("member", r));
    }

    public static XElement CreateRole(ServiceCall call)
    {
        var (name, path) = PrincipalCreation.NameAndPath(call, PrincipalKind.Role);
        string trust = call.Query.Required("AssumeRolePolicyDocument");
        int duration = MaxSessionDuration(call) ?? 3600;
        var (tags, boundary) = PrincipalCreation.Authorize(call, PrincipalKind.Role, name, path, IamLookup.Account(call).Roles.ContainsKey(name));
        PolicyChecks.Trust(trust);
        if (boundary is not null) IamLookup.Policy(call, boundary);
        var role = IamFactory.Role(call.World, call.Caller.AccountId, name, path, trust, call.Now, call.VisibleFrom);
        role.Description = call.Query.Get("Description");
        role.MaxSessionDuration = duration;
        role.PermissionsBoundaryArn = boundary;
        IamTagging.Apply(role.Tags, tags, "role");
        return Xml.E("Result", IamXml.Role("Role", role));
    }

    public static XElement? DeleteRole(ServiceCall call)
    {
        var role = IamLookup.Role(call, call.Query.Required("RoleName"));
        call.Demand("iam:DeleteRole", role.Arn);
        if (role.InlinePolicies.Count > 0) throw Errors.DeleteConflict("Cannot delete entity, must delete policies first.");
        if (role.AttachedPolicyArns.Count > 0) throw Errors.DeleteConflict("Cannot delete entity, must detach all policies first.");
        IamLookup.Account(call).Roles.Remove(role.Name);
        return null;
    }

    public static XElement UpdateRole(ServiceCall call)
    {
        var role = IamLookup.Role(call, call.Query.Required("RoleName"));
        int? duration = MaxSessionDuration(call);
        call.Demand("iam:UpdateRole", role.Arn);
        if (call.Query.Get("Description") is string description) role.Description = description;
        if (duration is int d) role.MaxSessionDuration = d;
        return Xml.E("Result");
    }

    public static XElement? UpdateAssumeRolePolicy(ServiceCall call)
    {
        var role = IamLookup.Role(call, call.Query.Required("RoleName"));
        string trust = call.Query.Required("PolicyDocument");
        call.Demand("iam:UpdateAssumeRolePolicy", role.Arn);
        PolicyChecks.Trust(trust);
        call.BeforePolicyWrite(role);
        role.AssumeRolePolicyDocument = trust;
        return null;
    }

    private static int? MaxSessionDuration(ServiceCall call)
    {
        int? duration = call.Query.Int("MaxSessionDuration");
        if (duration is < 3600 or > 43200)
            throw Errors.Validation($"1 validation error detected: Value '{duration}' at 'maxSessionDuration' failed to satisfy constraint: Member must have value {(duration < 3600 ? "greater than or equal to 3600" : "less than or equal to 43200")}");
        return duration;
    }
}
