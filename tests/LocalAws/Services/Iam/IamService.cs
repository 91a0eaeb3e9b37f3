using System.Xml.Linq;
using LocalAws.Dispatch;

namespace LocalAws.Services.Iam;

/// <summary>IAM over the Query protocol.</summary>
public sealed class IamService : QueryService
{
    public IamService()
    {
        Register("GetUser", UserOperations.GetUser);
        Register("ListUsers", UserOperations.ListUsers);
        Register("CreateUser", UserOperations.CreateUser);
        Register("DeleteUser", UserOperations.DeleteUser);
        Register("CreateAccessKey", AccessKeyOperations.Create);
        Register("ListAccessKeys", AccessKeyOperations.List);
        Register("UpdateAccessKey", AccessKeyOperations.Update);
        Register("DeleteAccessKey", AccessKeyOperations.Delete);

        Register("CreateGroup", GroupOperations.CreateGroup);
        Register("AddUserToGroup", GroupOperations.AddUserToGroup);
        var group = PrincipalKind.Group;
        Register("PutGroupPolicy", c => InlinePolicyOperations.Put(c, group));
        Register("GetGroupPolicy", c => InlinePolicyOperations.Get(c, group));
        Register("ListGroupPolicies", c => InlinePolicyOperations.List(c, group));
        Register("DeleteGroupPolicy", c => InlinePolicyOperations.Delete(c, group));
        Register("AttachGroupPolicy", c => AttachedPolicyOperations.Attach(c, group));
        Register("DetachGroupPolicy", c => AttachedPolicyOperations.Detach(c, group));
        Register("ListAttachedGroupPolicies", c => AttachedPolicyOperations.List(c, group));

        Register("GetRole", RoleOperations.GetRole);
        Register("ListRoles", RoleOperations.ListRoles);
        Register("CreateRole", RoleOperations.CreateRole);
        Register("DeleteRole", RoleOperations.DeleteRole);
        Register("UpdateRole", RoleOperations.UpdateRole);
        Register("UpdateAssumeRolePolicy", RoleOperations.UpdateAssumeRolePolicy);

        foreach (var kind in new[] { PrincipalKind.User, PrincipalKind.Role })
        {
            var k = kind;
            Register($"Put{k.Noun}Policy", c => InlinePolicyOperations.Put(c, k));
            Register($"Get{k.Noun}Policy", c => InlinePolicyOperations.Get(c, k));
            Register($"List{k.Noun}Policies", c => InlinePolicyOperations.List(c, k));
            Register($"Delete{k.Noun}Policy", c => InlinePolicyOperations.Delete(c, k));
            Register($"Attach{k.Noun}Policy", c => AttachedPolicyOperations.Attach(c, k));
            Register($"Detach{k.Noun}Policy", c => AttachedPolicyOperations.Detach(c, k));
            Register($"ListAttached{k.Noun}Policies", c => AttachedPolicyOperations.List(c, k));
            Register($"Tag{k.Noun}", c => PrincipalTagOperations.Tag(c, k));
            Register($"Untag{k.Noun}", c => PrincipalTagOperations.Untag(c, k));
            Register($"List{k.Noun}Tags", c => PrincipalTagOperations.List(c, k));
            Register($"Put{k.Noun}PermissionsBoundary", c => BoundaryOperations.Put(c, k));
            Register($"Delete{k.Noun}PermissionsBoundary", c => BoundaryOperations.Delete(c, k));
        }

        Register("CreatePolicy", ManagedPolicyOperations.CreatePolicy);
        Register("GetPolicy", ManagedPolicyOperations.GetPolicy);
        Register("DeletePolicy", ManagedPolicyOperations.DeletePolicy);
        Register("ListPolicies", ManagedPolicyOperations.ListPolicies);
        Register("TagPolicy", ManagedPolicyOperations.TagPolicy);
        Register("UntagPolicy", ManagedPolicyOperations.UntagPolicy);
        Register("ListPolicyTags", ManagedPolicyOperations.ListPolicyTags);
        Register("CreatePolicyVersion", PolicyVersionOperations.CreatePolicyVersion);
        Register("GetPolicyVersion", PolicyVersionOperations.GetPolicyVersion);
        Register("ListPolicyVersions", PolicyVersionOperations.ListPolicyVersions);
        Register("DeletePolicyVersion", PolicyVersionOperations.DeletePolicyVersion);

        Register("GetAccountAuthorizationDetails", AccountAuthorizationDetails.Invoke);
    }

    public override string Name => "iam";
    public override XNamespace Namespace => "https://iam.amazonaws.com/doc/2010-05-08/";
}
