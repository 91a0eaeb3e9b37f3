using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Http;
using OsAccess.Aws.Retry;
using OsAccess.Aws.Sessions;
using OsAccess.Core.Roles;
using OsAccess.Core.Time;
using OsAccess.Workflows.Accounts;
using OsAccess.Workflows.Changes;

namespace OsAccess.Workflows.Roles
{
    /// <summary>
    /// Publish-OSAccessRole in one member account: read what IAM holds, plan the writes that bring the OSAccess role to the
    /// target, have them approved, and make them in safe order (<see cref="RoleStepOrder"/>). A failure part-way is an
    /// <see cref="Core.FanOut.AccountFailedException"/> carrying a <see cref="RoleStatus.Failed"/> result with what was done;
    /// running again converges, as each run plans from what IAM holds then.
    /// </summary>
    public sealed class RolePublisher
    {
        /// <summary>How long a write that follows a creation waits for the new role or policy to become visible.</summary>
        public static readonly TimeSpan PropagationWait = TimeSpan.FromSeconds(30);

        private readonly OsAccessRoleOptions options;
        private readonly string crossAccountRoleName;
        private readonly bool takeOver;
        private readonly IDelay delay;

        /// <param name="crossAccountRoleName">The role the member sessions act as, for error messages.</param>
        /// <param name="takeOver">Bring up to date, and tag as OsAccess's, a role or policy of that name that OsAccess did not create (-Force).</param>
        public RolePublisher(OsAccessRoleOptions options, string crossAccountRoleName, bool takeOver, IDelay? delay = null)
        {
            this.options = options;
            this.crossAccountRoleName = crossAccountRoleName;
            this.takeOver = takeOver;
            this.delay = delay ?? TaskDelay.Instance;
        }

        /// <returns>The account's result; null when every change was declined (-WhatIf), so nothing is reported.</returns>
        public async Task<OSAccessRoleResult?> PublishAsync(AwsSession member, IChangeApproval approval, CancellationToken cancellationToken)
        {
            var accountId = member.Account ?? throw new ArgumentException("The session is not in a member account.", nameof(member));
            var done = new List<string>();
            string roleArn = options.RoleArn(accountId, AwsPartition.Of(member.Region).Name);
            try
            {
                using var iam = member.Iam();
                var today = await RoleSnapshot.ReadAsync(iam, options.RoleName, options.PolicyArn(accountId, AwsPartition.Of(member.Region).Name), cancellationToken)
                    .ConfigureAwait(false);
                var plan = RolePlanner.Plan(options, accountId, AwsPartition.Of(member.Region).Name, today);
                roleArn = today.Role?.Arn ?? plan.RoleArn;
                if (plan.NotOwned && !takeOver)
                {
                    throw new NotManagedException(
                        $"{plan.Findings.First(f => f.Id == RoleFindingRules.NotOwned.Id).Message} Nothing was written: Publish-OSAccessRole -Force takes it over, or choose another -RoleName.");
                }

                if (plan.Steps.Count == 0)
                {
                    return new OSAccessRoleResult(accountId, roleArn, RoleStatus.Unchanged, done);
                }

                var approved = await approval.ApproveAsync(plan.Steps.Select(s => s.Change).ToList(), cancellationToken).ConfigureAwait(false);
                var steps = plan.Steps.Where((_, i) => approved[i]).ToList();
                if (steps.Count == 0)
                {
                    return null;
                }

                var propagation = new EventualConsistency(member.Clock, delay, PropagationWait, TimeSpan.FromSeconds(1));
                bool created = false;
                foreach (var step in steps)
                {
                    if (created)
                    {
                        await propagation.RunAsync(step.Description, async ct => { await step.Apply(iam, ct).ConfigureAwait(false); return true; },
                            IsNotVisibleYet, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await step.Apply(iam, cancellationToken).ConfigureAwait(false);
                    }

                    created |= step.Order == RoleStepOrder.CreateRole || step.Order == RoleStepOrder.CreatePolicy;
                    done.Add(step.Description);
                }

                return new OSAccessRoleResult(accountId, roleArn, plan.RoleExists ? RoleStatus.Updated : RoleStatus.Created, done);
            }
            catch (Exception error) when (!(error is OperationCanceledException))
            {
                throw AccountFailures.Describe(error, accountId, crossAccountRoleName, done,
                    new OSAccessRoleResult(accountId, roleArn, RoleStatus.Failed, done.ToList()));
            }
        }

        private static bool IsNotVisibleYet(Exception error) => error is AwsServiceException aws && aws.Code == "NoSuchEntity";
    }
}
