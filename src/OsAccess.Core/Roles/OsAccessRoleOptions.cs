using System;
using OsAccess.Core.Aws;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Roles
{
    /// <summary>
    /// The OSAccess role as Publish-OSAccessRole writes it in every account: its name, session duration, who it trusts
    /// and on which conditions, and its base read policy. Each value is checked when set, naming the parameter.
    /// </summary>
    public sealed class OsAccessRoleOptions
    {
        public const string DefaultRoleName = "OSAccess";

        public static readonly TimeSpan MinSessionDuration = TimeSpan.FromHours(1);

        public static readonly TimeSpan MaxSessionDurationLimit = TimeSpan.FromHours(12);

        public OsAccessRoleOptions(string hubAccountId, string roleName = DefaultRoleName, TimeSpan? maxSessionDuration = null,
            bool allowAnySessionName = false, bool requireMfa = false, BasePolicy basePolicy = BasePolicy.ReadOnlyAccess)
        {
            HubAccountId = AccountId.Require(hubAccountId, "HubAccountId");
            RoleName = Aws.RoleName.Require(roleName, "RoleName");
            MaxSessionDuration = RequireSessionDuration(maxSessionDuration ?? MinSessionDuration, "MaxSessionDuration");
            AllowAnySessionName = allowAnySessionName;
            RequireMfa = requireMfa;
            BasePolicy = basePolicy;
        }

        public string HubAccountId { get; }

        public string RoleName { get; }

        public TimeSpan MaxSessionDuration { get; }

        public int MaxSessionDurationSeconds => (int)MaxSessionDuration.TotalSeconds;

        public bool AllowAnySessionName { get; }

        public bool RequireMfa { get; }

        public BasePolicy BasePolicy { get; }

        /// <summary>The customer-managed policy's name in each account; the same as the seed's inline policy.</summary>
        public string PolicyName => OsAccessRolePolicyBuilder.PolicyName;

        public BuiltPolicyDocument TrustPolicy() =>
            new BuiltPolicyDocument("OSAccessTrustPolicy", PolicyType.Trust,
                OsAccessTrustPolicyBuilder.Build(HubAccountId, requireSessionNameMatchesUser: !AllowAnySessionName, RequireMfa));

        public BuiltPolicyDocument Policy(string accountId) =>
            new BuiltPolicyDocument(PolicyName, PolicyType.Identity, OsAccessRolePolicyBuilder.Build(accountId), accountId);

        public string RoleArn(string accountId, string partition) => $"arn:{partition}:iam::{accountId}:role/{RoleName}";

        public string PolicyArn(string accountId, string partition) => $"arn:{partition}:iam::{accountId}:policy/{PolicyName}";

        /// <summary>1 to 12 hours in whole seconds, as IAM's MaxSessionDuration takes it (3,600 to 43,200).</summary>
        public static TimeSpan RequireSessionDuration(TimeSpan value, string parameterName)
        {
            if (value < MinSessionDuration || value > MaxSessionDurationLimit || value.Ticks % TimeSpan.TicksPerSecond != 0)
            {
                throw new ArgumentException(
                    $"'{value}' is not a session duration IAM accepts: use whole seconds from 1 hour to 12 hours (01:00:00 to 12:00:00).",
                    parameterName);
            }

            return value;
        }
    }
}
