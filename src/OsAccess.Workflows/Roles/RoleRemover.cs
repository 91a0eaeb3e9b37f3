using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;
using OsAccess.Aws.Sessions;
using OsAccess.Core.Changes;
using OsAccess.Core.Roles;
using OsAccess.Workflows.Accounts;
using OsAccess.Workflows.Changes;

namespace OsAccess.Workflows.Roles
{
    /// <summary>
    /// Unpublish-OSAccessRole in one member account: removes the OSAccess role OsAccess created (its attachments and inline
    /// policies first, then the role) and OsAccess's customer-managed policy with its versions, and nothing else. A role
    /// or policy of that name without OsAccess's tag is left alone and reported, unless <c>force</c>.
    /// </summary>
    public sealed class RoleRemover
    {
        private readonly string roleName;
        private readonly string policyName;
        private readonly string crossAccountRoleName;
        private readonly bool force;

        public RoleRemover(string roleName, string crossAccountRoleName, bool force)
        {
            this.roleName = Core.Aws.RoleName.Require(roleName, "RoleName");
            policyName = Core.Guardrail.OsAccessRolePolicyBuilder.PolicyName;
            this.crossAccountRoleName = crossAccountRoleName;
            this.force = force;
        }

        public async Task<OSAccessRoleResult?> UnpublishAsync(AwsSession member, IChangeApproval approval, CancellationToken cancellationToken)
        {
            var accountId = member.Account ?? throw new ArgumentException("The session is not in a member account.", nameof(member));
            var partition = AwsPartition.Of(member.Region).Name;
            var roleArn = $"arn:{partition}:iam::{accountId}:role/{roleName}";
            var policyArn = $"arn:{partition}:iam::{accountId}:policy/{policyName}";
            var done = new List<string>();
            try
            {
                using var iam = member.Iam();
                var today = await RoleSnapshot.ReadAsync(iam, roleName, policyArn, cancellationToken).ConfigureAwait(false);
                var left = new List<string>();
                var steps = new List<(PlannedChange Change, Func<Task> Apply)>();
                void Step(string resource, string operation, string current, Func<Task> apply) =>
                    steps.Add((new PlannedChange(accountId, resource, operation, current, null), apply));

                if (today.Role != null && !today.RoleIsOwned && !force)
                {
                    left.Add($"left role {roleName} alone: OsAccess did not create it (no tag {RoleOwnership.TagKey}); -Force removes it");
                }
                else if (today.Role != null)
                {
                    foreach (var arn in today.AttachedPolicyArns)
                    {
                        Step($"role {roleName}", $"Detach {arn}", arn + "\n", () => iam.DetachRolePolicyAsync(roleName, arn, cancellationToken));
                    }

                    foreach (var name in today.InlinePolicyNames)
                    {
                        Step($"role {roleName}", $"Delete the inline policy {name}", $"inline policy {name}\n", () => iam.DeleteRolePolicyAsync(roleName, name, cancellationToken));
                    }

                    Step($"role {roleName}", "Delete the role", PolicyJson.Indented(today.Role.AssumeRolePolicyDocument) ?? string.Empty,
                        () => iam.DeleteRoleAsync(roleName, cancellationToken));
                }

                if (today.Policy != null && !today.PolicyIsOwned && !force)
                {
                    left.Add($"left policy {policyName} alone: OsAccess did not create it (no tag {RoleOwnership.TagKey}); -Force removes it");
                }
                else if (today.Policy != null)
                {
                    Step($"policy {policyName}", "Delete the policy and its versions", PolicyJson.Indented(today.PolicyDocument) ?? string.Empty,
                        () => DeletePolicyAsync(iam, policyArn, cancellationToken));
                }

                if (steps.Count == 0)
                {
                    return new OSAccessRoleResult(accountId, roleArn, RoleStatus.Skipped, left.Count > 0 ? left : new List<string> { "nothing of OsAccess's to remove" });
                }

                var approved = await approval.ApproveAsync(steps.Select(s => s.Change).ToList(), cancellationToken).ConfigureAwait(false);
                if (!approved.Any(a => a))
                {
                    return null;
                }

                for (int i = 0; i < steps.Count; i++)
                {
                    if (approved[i])
                    {
                        await steps[i].Apply().ConfigureAwait(false);
                        done.Add($"{steps[i].Change.Resource}: {steps[i].Change.Operation}");
                    }
                }

                return new OSAccessRoleResult(accountId, roleArn, RoleStatus.Removed, done.Concat(left).ToList());
            }
            catch (Exception error) when (!(error is OperationCanceledException))
            {
                throw AccountFailures.Describe(error, accountId, crossAccountRoleName, done,
                    new OSAccessRoleResult(accountId, roleArn, RoleStatus.Failed, done.ToList()));
            }
        }

        /// <summary>IAM deletes a managed policy only once it is detached everywhere and its other versions are gone.</summary>
        private static async Task DeletePolicyAsync(IIamClient iam, string policyArn, CancellationToken cancellationToken)
        {
            var versions = await Pagination.AllAsync((marker, ct) => iam.ListPolicyVersionsAsync(policyArn, marker, ct), cancellationToken).ConfigureAwait(false);
            foreach (var version in versions.Where(v => !v.IsDefaultVersion))
            {
                await iam.DeletePolicyVersionAsync(policyArn, version.VersionId, cancellationToken).ConfigureAwait(false);
            }

            await iam.DeletePolicyAsync(policyArn, cancellationToken).ConfigureAwait(false);
        }
    }
}
