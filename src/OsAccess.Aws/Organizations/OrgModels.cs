using System;
using System.Collections.Generic;

namespace OsAccess.Aws.Organizations
{
    public sealed class OrgOrganization
    {
        public string Id { get; init; } = string.Empty;
        public string Arn { get; init; } = string.Empty;
        public string FeatureSet { get; init; } = string.Empty;
        public string ManagementAccountId { get; init; } = string.Empty;
        public string ManagementAccountArn { get; init; } = string.Empty;
        public string? ManagementAccountEmail { get; init; }
    }

    public sealed class OrgRoot
    {
        public string Id { get; init; } = string.Empty;
        public string Arn { get; init; } = string.Empty;
        public string Name { get; init; } = string.Empty;
        public IReadOnlyList<OrgPolicyTypeSummary> PolicyTypes { get; init; } = new OrgPolicyTypeSummary[0];
    }

    /// <summary>A policy type on a root and whether it is <c>ENABLED</c>, <c>PENDING_ENABLE</c> or <c>PENDING_DISABLE</c>.</summary>
    public sealed class OrgPolicyTypeSummary
    {
        public string Type { get; init; } = string.Empty;
        public string Status { get; init; } = string.Empty;
    }

    public sealed class OrgOrganizationalUnit
    {
        public string Id { get; init; } = string.Empty;
        public string Arn { get; init; } = string.Empty;
        public string Name { get; init; } = string.Empty;
    }

    public sealed class OrgAccount
    {
        public string Id { get; init; } = string.Empty;
        public string Arn { get; init; } = string.Empty;
        public string Email { get; init; } = string.Empty;
        public string Name { get; init; } = string.Empty;
        public string Status { get; init; } = string.Empty;
        public string? JoinedMethod { get; init; }
        public DateTimeOffset? JoinedTimestamp { get; init; }
    }

    /// <summary>A parent or child in the organization tree: an id and <c>ROOT</c>, <c>ORGANIZATIONAL_UNIT</c> or <c>ACCOUNT</c>.</summary>
    public sealed class OrgNode
    {
        public string Id { get; init; } = string.Empty;
        public string Type { get; init; } = string.Empty;
    }

    public sealed class OrgPolicySummary
    {
        public string Id { get; init; } = string.Empty;
        public string Arn { get; init; } = string.Empty;
        public string Name { get; init; } = string.Empty;
        public string? Description { get; init; }
        public string Type { get; init; } = string.Empty;
        public bool AwsManaged { get; init; }
    }

    public sealed class OrgPolicy
    {
        public OrgPolicySummary Summary { get; init; } = new OrgPolicySummary();

        /// <summary>The policy document (JSON text).</summary>
        public string Content { get; init; } = string.Empty;
    }

    public sealed class OrgPolicyTarget
    {
        public string TargetId { get; init; } = string.Empty;
        public string Arn { get; init; } = string.Empty;
        public string Name { get; init; } = string.Empty;
        public string Type { get; init; } = string.Empty;
    }

    public sealed class OrgCreateAccountStatus
    {
        public string Id { get; init; } = string.Empty;
        public string AccountName { get; init; } = string.Empty;

        /// <summary><c>IN_PROGRESS</c>, <c>SUCCEEDED</c> or <c>FAILED</c>.</summary>
        public string State { get; init; } = string.Empty;
        public string? AccountId { get; init; }
        public string? FailureReason { get; init; }
        public DateTimeOffset? RequestedTimestamp { get; init; }
        public DateTimeOffset? CompletedTimestamp { get; init; }
    }
}
