using System.Text.Json;
using static OsAccess.Aws.Organizations.OrgJson;

namespace OsAccess.Aws.Organizations
{
    /// <summary>Turns Organizations' JSON members into the typed models.</summary>
    internal static class OrgModelReader
    {
        public static OrgOrganization Organization(JsonElement e) => new OrgOrganization
        {
            Id = Required(e, "Id"),
            Arn = Required(e, "Arn"),
            FeatureSet = Required(e, "FeatureSet"),
            ManagementAccountId = Required(e, "MasterAccountId"),
            ManagementAccountArn = Required(e, "MasterAccountArn"),
            ManagementAccountEmail = Text(e, "MasterAccountEmail"),
        };

        public static OrgRoot Root(JsonElement e) => new OrgRoot
        {
            Id = Required(e, "Id"),
            Arn = Required(e, "Arn"),
            Name = Required(e, "Name"),
            PolicyTypes = List(e, "PolicyTypes", t => new OrgPolicyTypeSummary { Type = Required(t, "Type"), Status = Required(t, "Status") }),
        };

        public static OrgOrganizationalUnit OrganizationalUnit(JsonElement e) => new OrgOrganizationalUnit
        {
            Id = Required(e, "Id"),
            Arn = Required(e, "Arn"),
            Name = Required(e, "Name"),
        };

        public static OrgAccount Account(JsonElement e) => new OrgAccount
        {
            Id = Required(e, "Id"),
            Arn = Required(e, "Arn"),
            Email = Required(e, "Email"),
            Name = Required(e, "Name"),
            Status = Required(e, "Status"),
            JoinedMethod = Text(e, "JoinedMethod"),
            JoinedTimestamp = Time(e, "JoinedTimestamp"),
        };

        public static OrgNode Node(JsonElement e) => new OrgNode { Id = Required(e, "Id"), Type = Required(e, "Type") };

        public static OrgPolicySummary PolicySummary(JsonElement e) => new OrgPolicySummary
        {
            Id = Required(e, "Id"),
            Arn = Required(e, "Arn"),
            Name = Required(e, "Name"),
            Description = Text(e, "Description"),
            Type = Required(e, "Type"),
            AwsManaged = Bool(e, "AwsManaged"),
        };

        public static OrgPolicy Policy(JsonElement e) => new OrgPolicy
        {
            Summary = Member(e, "PolicySummary") is JsonElement summary ? PolicySummary(summary) : new OrgPolicySummary(),
            Content = Required(e, "Content"),
        };

        public static OrgPolicyTarget PolicyTarget(JsonElement e) => new OrgPolicyTarget
        {
            TargetId = Required(e, "TargetId"),
            Arn = Required(e, "Arn"),
            Name = Required(e, "Name"),
            Type = Required(e, "Type"),
        };

        public static AwsTag Tag(JsonElement e) => new AwsTag(Required(e, "Key"), Required(e, "Value"));

        public static OrgCreateAccountStatus CreateAccountStatus(JsonElement e) => new OrgCreateAccountStatus
        {
            Id = Required(e, "Id"),
            AccountName = Required(e, "AccountName"),
            State = Required(e, "State"),
            AccountId = Text(e, "AccountId"),
            FailureReason = Text(e, "FailureReason"),
            RequestedTimestamp = Time(e, "RequestedTimestamp"),
            CompletedTimestamp = Time(e, "CompletedTimestamp"),
        };
    }
}
