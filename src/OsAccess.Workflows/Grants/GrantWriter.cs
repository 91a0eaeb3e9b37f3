using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;
using OsAccess.Core.Changes;
using OsAccess.Core.Grants;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;
using OsAccess.Core.Time;

namespace OsAccess.Workflows.Grants
{
    /// <summary>
    /// Makes a grant in the hub (docs/grants.md): <see cref="PlanAsync"/> reads (the user, the person's grant policies,
    /// what is attached to the user) and checks the limits; <see cref="ApplyAsync"/> removes the person's expired grants
    /// and leftovers, then creates the grant's managed policy (document, description and tags in the one CreatePolicy call)
    /// and attaches it. Only the attachment gives access, and it comes last, so a failure at any step leaves nothing that
    /// gives access without its record. The calls do not depend on the number of accounts.
    /// </summary>
    public sealed class GrantWriter
    {
        /// <summary>How long an unattached grant policy is left alone: another grant made at the same moment may be about to attach it.</summary>
        public static readonly TimeSpan LeftoverAge = TimeSpan.FromHours(1);

        private readonly IIamClient iam;
        private readonly IClock clock;

        public GrantWriter(IIamClient iam, IClock clock)
        {
            this.iam = iam;
            this.clock = clock;
        }

        /// <param name="grantedBy">The caller's ARN, as GetCallerIdentity gives it.</param>
        /// <exception cref="GrantLimitExceededException">The grant would not fit; nothing was written.</exception>
        public async Task<GrantPlan> PlanAsync(GrantRequest request, string hubAccountId, string grantedBy, CancellationToken cancellationToken)
        {
            var now = clock.UtcNow;
            var grantedAt = Truncate(now);
            var description = GrantDescription.Format(grantedBy, grantedAt, request.Reason);
            var built = new BuiltPolicyDocument("OSAccessGrant", PolicyType.Identity,
                AssumeRoleGrantBuilder.Build(request.AccountIds, request.Window, request.RoleName));
            if (built.Size > built.SizeLimit)
            {
                var perAccount = (built.Size - 200) / Math.Max(1, request.AccountIds.Count) + 1;
                throw new GrantLimitExceededException(string.Format(CultureInfo.InvariantCulture,
                    "The grant's policy is {0:N0} characters, over the {1:N0} a managed policy holds: name at most {2} accounts in one grant " +
                    "and grant the others in a second one.", built.Size, built.SizeLimit, (built.SizeLimit!.Value - 200) / perAccount));
            }

            IamUser user;
            try
            {
                user = await iam.GetUserAsync(request.UserName, cancellationToken).ConfigureAwait(false);
            }
            catch (AwsServiceException error) when (error.Code == "NoSuchEntity")
            {
                throw new ArgumentException(
                    $"The hub account {hubAccountId} has no IAM user named '{request.UserName}': give the name of an existing user (Get-IAMUser lists them).",
                    "UserName", error);
            }
            var path = GrantPolicyName.PathFor(user.UserName);
            var mine = await Pagination.AllAsync((marker, ct) => iam.ListPoliciesAsync("Local", null, path, marker, ct), cancellationToken).ConfigureAwait(false);
            var attached = await Pagination.AllAsync((marker, ct) => iam.ListAttachedUserPoliciesAsync(user.UserName, marker, ct), cancellationToken).ConfigureAwait(false);
            var attachedArns = new HashSet<string>(attached.Select(a => a.PolicyArn), StringComparer.Ordinal);

            var expired = new List<string>();
            var leftovers = new List<string>();
            foreach (var policy in mine.Where(p => p.Path == path))
            {
                if (!GrantPolicyName.TryParse(policy.PolicyName, out var end, out _)) continue;
                if (attachedArns.Contains(policy.Arn))
                {
                    if (end <= now) expired.Add(policy.Arn);
                }
                else if (policy.CreateDate is DateTimeOffset created && created <= now - LeftoverAge)
                {
                    leftovers.Add(policy.Arn);
                }
            }

            var quota = PolicyAttachmentLimits.ManagedPoliciesPerPrincipal;
            if (attached.Count - expired.Count >= quota)
            {
                throw LimitReached(user.UserName, attached.Count - expired.Count, quota, null);
            }

            var grantId = request.GrantId ?? GrantPolicyName.NewGrantId();
            var name = GrantPolicyName.Name(request.Window.End, grantId);
            return new GrantPlan
            {
                Record = new GrantRecord
                {
                    GrantId = grantId,
                    UserName = user.UserName,
                    AccountIds = request.AccountIds.Distinct().ToList(),
                    RoleName = request.RoleName,
                    Window = request.Window,
                    Reason = request.Reason,
                    GrantedBy = grantedBy,
                    GrantedAt = grantedAt,
                    PolicyArn = GrantPolicyName.Arn(hubAccountId, user.UserName, request.Window.End, grantId),
                },
                HubAccountId = hubAccountId,
                PolicyName = name,
                PolicyPath = path,
                Description = description,
                Document = built.MinifiedJson,
                Change = new PlannedChange(hubAccountId, $"policy {path}{name}",
                    $"Create the grant policy and attach it to user {user.UserName}", null, built.Json),
                ExpiredPolicyArns = expired,
                LeftoverPolicyArns = leftovers,
            };
        }

        /// <exception cref="GrantLimitExceededException">The user's attachments filled up meanwhile; the grant's policy was deleted again.</exception>
        public async Task<GrantRecord> ApplyAsync(GrantPlan plan, CancellationToken cancellationToken)
        {
            var user = plan.Record.UserName;
            foreach (var arn in plan.ExpiredPolicyArns)
            {
                await GrantRemover.RemoveAsync(iam, user, arn, cancellationToken).ConfigureAwait(false);
            }
            foreach (var arn in plan.LeftoverPolicyArns)
            {
                await GrantRemover.DeletePolicyAsync(iam, arn, cancellationToken).ConfigureAwait(false);
            }

            var tags = new[] { new AwsTag("osaccess:grant-user", user) };
            var created = await iam.CreatePolicyAsync(plan.PolicyName, plan.Document, plan.PolicyPath, plan.Description, tags, cancellationToken)
                .ConfigureAwait(false);
            try
            {
                await iam.AttachUserPolicyAsync(user, created.Arn, cancellationToken).ConfigureAwait(false);
            }
            catch (AwsServiceException error) when (error.Code == "LimitExceeded")
            {
                await GrantRemover.DeletePolicyAsync(iam, created.Arn, CancellationToken.None).ConfigureAwait(false);
                throw LimitReached(user, PolicyAttachmentLimits.ManagedPoliciesPerPrincipal, PolicyAttachmentLimits.ManagedPoliciesPerPrincipal, error);
            }
            return new GrantRecord
            {
                GrantId = plan.Record.GrantId,
                UserName = user,
                AccountIds = plan.Record.AccountIds,
                RoleName = plan.Record.RoleName,
                Window = plan.Record.Window,
                Reason = plan.Record.Reason,
                GrantedBy = plan.Record.GrantedBy,
                GrantedAt = plan.Record.GrantedAt,
                PolicyArn = created.Arn,
            };
        }

        private static GrantLimitExceededException LimitReached(string user, int attached, int quota, Exception? inner) =>
            new GrantLimitExceededException(string.Format(CultureInfo.InvariantCulture,
                "User {0} has {1} managed policies attached, the {2} IAM allows by default, so another grant cannot be attached: revoke a grant " +
                "the user no longer needs (Get-OSAccessGrant -UserName {0} | Revoke-OSAccess), fold the accounts into one grant, or detach " +
                "another managed policy from the user.", user, attached, quota), inner);

        private static DateTimeOffset Truncate(DateTimeOffset instant) =>
            new DateTimeOffset(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }
}
