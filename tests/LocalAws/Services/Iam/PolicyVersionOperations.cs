using System.Linq;
using System.Xml.Linq;
using LocalAws.Dispatch;
using LocalAws.Protocol;
using LocalAws.State;
using OsAccess.Core.Policy.Validation;

namespace LocalAws.Services.Iam;

/// <summary>CreatePolicyVersion, GetPolicyVersion, ListPolicyVersions, DeletePolicyVersion: at most 5 versions kept.</summary>
public static class PolicyVersionOperations
{
    public const int MaxVersions = 5;

    public static XElement CreatePolicyVersion(ServiceCall call)
    {
        var policy = IamLookup.Policy(call, call.Query.Required("PolicyArn"));
        string document = call.Query.Required("PolicyDocument");
        call.Demand("iam:CreatePolicyVersion", policy.Arn);
        if (policy.IsAwsManaged) throw Errors.AccessDenied("AWS managed policies cannot be changed.");
        PolicyChecks.Identity(document, PolicySizeLimits.ManagedPolicyCharacters, "PolicySize");
        if (policy.Versions.Count >= MaxVersions)
            throw Errors.LimitExceeded("A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.");
        var version = new PolicyVersion { VersionId = "v" + policy.NextVersion++, Document = document, CreateDate = call.Now };
        policy.Versions.Add(version);
        if (call.Query.Bool("SetAsDefault") == true)
        {
            if (call.VisibleFrom > call.Now)
            {
                policy.PreviousDefaultDocument = policy.DocumentAt(call.Now);
                policy.PreviousDefaultUntil = call.VisibleFrom;
            }
            policy.DefaultVersionId = version.VersionId;
        }
        policy.UpdateDate = call.Now;
        return Xml.E("Result", IamXml.Version("PolicyVersion", policy, version, withDocument: false));
    }

    public static XElement GetPolicyVersion(ServiceCall call)
    {
        var policy = IamLookup.Policy(call, call.Query.Required("PolicyArn"));
        call.Demand("iam:GetPolicyVersion", policy.Arn);
        var version = Find(policy, call.Query.Required("VersionId"));
        return Xml.E("Result", IamXml.Version("PolicyVersion", policy, version, withDocument: true));
    }

    public static XElement ListPolicyVersions(ServiceCall call)
    {
        var policy = IamLookup.Policy(call, call.Query.Required("PolicyArn"));
        call.Demand("iam:ListPolicyVersions", policy.Arn);
        var versions = policy.Versions.AsEnumerable().Reverse().ToList();
        var (page, trailer) = IamPaging.Page(call, versions);
        return Xml.E("Result", Xml.Members("Versions", page.Select(v => (object)IamXml.Version("member", policy, v, withDocument: false))), trailer);
    }

    public static XElement? DeletePolicyVersion(ServiceCall call)
    {
        var policy = IamLookup.Policy(call, call.Query.Required("PolicyArn"));
        call.Demand("iam:DeletePolicyVersion", policy.Arn);
        var version = Find(policy, call.Query.Required("VersionId"));
        if (version.VersionId == policy.DefaultVersionId) throw Errors.DeleteConflict("Cannot delete the default version of a policy.");
        policy.Versions.Remove(version);
        return null;
    }

    private static PolicyVersion Find(ManagedPolicy policy, string versionId) =>
        policy.Versions.FirstOrDefault(v => v.VersionId == versionId)
        ?? throw Errors.NoSuchEntity($"Policy {policy.Arn} version {versionId} does not exist or is not attachable.");
}
