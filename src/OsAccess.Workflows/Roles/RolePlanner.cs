using System;
using System.Collections.Generic;
using System.Linq;
using OsAccess.Aws;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;
using OsAccess.Core.Changes;
using OsAccess.Core.Roles;

namespace OsAccess.Workflows.Roles
{
    /// <summary>
    /// Compares what IAM holds in one account (<see cref="RoleSnapshot"/>) with the role Publish-OSAccessRole writes
    /// (<see cref="OsAccessRoleOptions"/>): one finding per difference or unsafe setting, and the writes that repair them,
    /// in the order of <see cref="RoleStepOrder"/>. Test-OSAccessRole reports the findings; Publish-OSAccessRole makes the writes.
    /// </summary>
    public static class RolePlanner
    {
        private const int PolicyVersionLimit = 5;

        public static RolePlan Plan(OsAccessRoleOptions options, string accountId, string partition, RoleSnapshot today)
        {
            var plan = new Builder(options, accountId, partition, today);
            plan.Compare();
            return plan.Build();
        }

        private sealed class Builder
        {
            private readonly OsAccessRoleOptions options;
            private readonly string accountId;
            private readonly RoleSnapshot today;
            private readonly string roleArn;
            private readonly string policyArn;
            private readonly string? baseArn;
            private readonly string roleResource;
            private readonly string policyResource;
            private readonly List<OSAccessRoleFinding> findings = new List<OSAccessRoleFinding>();
            private readonly List<RoleStep> steps = new List<RoleStep>();

            public Builder(OsAccessRoleOptions options, string accountId, string partition, RoleSnapshot today)
            {
                this.options = options;
                this.accountId = accountId;
                this.today = today;
                roleArn = options.RoleArn(accountId, partition);
                policyArn = options.PolicyArn(accountId, partition);
                baseArn = BasePolicies.ArnOf(options.BasePolicy, partition);
                roleResource = $"role {options.RoleName}";
                policyResource = $"policy {options.PolicyName}";
            }

            private bool NotOwned => (today.Role != null && !today.RoleIsOwned) || (today.Policy != null && !today.PolicyIsOwned);

            public void Compare()
            {
                ComparePolicy();
                if (today.Role == null)
                {
                    PlanNewRole();
                    return;
                }

                CompareOwnership();
                CompareTrust();
                CompareSessionDuration();
                CompareAttachments();
            }

            public RolePlan Build() =>
                new RolePlan(accountId, roleArn, today.Role != null, NotOwned, findings,
                    steps.Select((step, index) => (step, index)).OrderBy(s => s.step.Order).ThenBy(s => s.index).Select(s => s.step).ToList());

            private void ComparePolicy()
            {
                var desired = options.Policy(accountId);
                if (today.Policy == null)
                {
                    Find(RoleFindingRules.PolicyMissing, $"The customer-managed policy {options.PolicyName} does not exist in account {accountId}.");
                    Step(RoleStepOrder.CreatePolicy, policyResource, "Create the policy", null, desired.Json,
                        (iam, ct) => iam.CreatePolicyAsync(options.PolicyName, desired.MinifiedJson, null,
                            "What the OSAccess role needs for Session Manager and Fleet Manager RDP (managed by OsAccess).", OwnershipTags, ct));
                    return;
                }

                if (PolicyJson.Canonical(today.PolicyDocument) != desired.MinifiedJson)
                {
                    Find(RoleFindingRules.PolicyDiffers,
                        $"The default version ({today.Policy.DefaultVersionId}) of {options.PolicyName} in account {accountId} is not the policy OsAccess writes: it was edited, or written by another release.");
                    Step(RoleStepOrder.UpdatePolicy, policyResource, "Make a new default version (the oldest other version is deleted when IAM's 5 are kept)",
                        PolicyJson.Indented(today.PolicyDocument), desired.Json, (iam, ct) => NewDefaultVersionAsync(iam, desired.MinifiedJson, ct));
                }
            }

            private void PlanNewRole()
            {
                var trust = options.TrustPolicy();
                Find(RoleFindingRules.RoleMissing, $"Role {options.RoleName} does not exist in account {accountId}.");
                Step(RoleStepOrder.CreateRole, roleResource, $"Create the role, trusting account {options.HubAccountId}, with a session of at most {options.MaxSessionDuration}",
                    null, trust.Json, (iam, ct) => iam.CreateRoleAsync(new IamCreateRoleRequest
                    {
                        RoleName = options.RoleName,
                        AssumeRolePolicyDocument = trust.MinifiedJson,
                        MaxSessionDuration = options.MaxSessionDurationSeconds,
                        Description = "OS access through Systems Manager, assumed from the hub account with a time-boxed grant (managed by OsAccess).",
                        Tags = OwnershipTags,
                    }, ct));
                if (baseArn != null)
                {
                    Attach(baseArn);
                }

                Attach(policyArn);
            }

            private void CompareOwnership()
            {
                if (!NotOwned)
                {
                    return;
                }

                var what = today.Role != null && !today.RoleIsOwned ? roleResource : policyResource;
                Find(RoleFindingRules.NotOwned, $"The {what} in account {accountId} exists without OsAccess's tag {RoleOwnership.TagKey}: someone else created it.");
                if (today.Role != null && !today.RoleIsOwned)
                {
                    Step(RoleStepOrder.TakeOver, roleResource, $"Tag the role {RoleOwnership.TagKey}={RoleOwnership.TagValue} (take it over)", null, OwnershipTagText,
                        (iam, ct) => iam.TagRoleAsync(options.RoleName, OwnershipTags, ct));
                }

                if (today.Policy != null && !today.PolicyIsOwned)
                {
                    Step(RoleStepOrder.TakeOver, policyResource, $"Tag the policy {RoleOwnership.TagKey}={RoleOwnership.TagValue} (take it over)", null, OwnershipTagText,
                        (iam, ct) => iam.TagPolicyAsync(policyArn, OwnershipTags, ct));
                }
            }

            private void CompareTrust()
            {
                var desired = options.TrustPolicy();
                var current = today.Role!.AssumeRolePolicyDocument;
                var beyond = TrustScope.BeyondHub(current, options.HubAccountId);
                if (beyond.Count > 0)
                {
                    Find(RoleFindingRules.TrustWiderThanHub,
                        $"The trust policy of {options.RoleName} in account {accountId} lets in more than the hub account {options.HubAccountId}: {string.Join(", ", beyond)}.");
                }

                if (PolicyJson.Canonical(current) != desired.MinifiedJson)
                {
                    Find(RoleFindingRules.TrustPolicyDiffers, $"The trust policy of {options.RoleName} in account {accountId} is not the one OsAccess writes.");
                    Step(RoleStepOrder.UpdateTrustPolicy, roleResource, "Update the trust policy", PolicyJson.Indented(current), desired.Json,
                        (iam, ct) => iam.UpdateAssumeRolePolicyAsync(options.RoleName, desired.MinifiedJson, ct));
                }
            }

            private void CompareSessionDuration()
            {
                int current = today.Role!.MaxSessionDuration ?? 3600;
                int desired = options.MaxSessionDurationSeconds;
                if (current == desired)
                {
                    return;
                }

                var longer = current > desired;
                Find(longer ? RoleFindingRules.SessionDurationOver : RoleFindingRules.SessionDurationUnder,
                    $"Sessions of {options.RoleName} in account {accountId} may last {TimeSpan.FromSeconds(current)}; OsAccess sets {options.MaxSessionDuration}.");
                Step(longer ? RoleStepOrder.ShortenSession : RoleStepOrder.LengthenSession, roleResource,
                    $"Set the maximum session duration to {options.MaxSessionDuration}", $"MaxSessionDuration: {current}\n", $"MaxSessionDuration: {desired}\n",
                    (iam, ct) => iam.UpdateRoleAsync(options.RoleName, null, desired, ct));
            }

            private void CompareAttachments()
            {
                foreach (var arn in today.AttachedPolicyArns.Where(a => a != baseArn && a != policyArn))
                {
                    Find(RoleFindingRules.ForeignPolicyAttached, $"{arn} is attached to {options.RoleName} in account {accountId}; OsAccess attaches only {Expected()}.");
                    Step(RoleStepOrder.Detach, roleResource, $"Detach {arn}", arn + "\n", null, (iam, ct) => iam.DetachRolePolicyAsync(options.RoleName, arn, ct));
                }

                foreach (var name in today.InlinePolicyNames.Except(today.RevocationDenyNames))
                {
                    Find(RoleFindingRules.InlinePolicyPresent, $"{options.RoleName} in account {accountId} has the inline policy {name}, which OsAccess does not write.");
                    Step(RoleStepOrder.DeleteInlinePolicy, roleResource, $"Delete the inline policy {name}", $"inline policy {name}\n", null,
                        (iam, ct) => iam.DeleteRolePolicyAsync(options.RoleName, name, ct));
                }

                if (baseArn != null && !today.AttachedPolicyArns.Contains(baseArn))
                {
                    Find(RoleFindingRules.BasePolicyMissing, $"{baseArn} is not attached to {options.RoleName} in account {accountId}.");
                    Attach(baseArn);
                }

                if (!today.AttachedPolicyArns.Contains(policyArn))
                {
                    if (today.Policy != null)
                    {
                        Find(RoleFindingRules.PolicyNotAttached, $"{options.PolicyName} is not attached to {options.RoleName} in account {accountId}.");
                    }

                    Attach(policyArn);
                }
            }

            private string Expected() => baseArn == null ? options.PolicyName : $"{options.BasePolicy} and {options.PolicyName}";

            private void Attach(string arn) =>
                Step(RoleStepOrder.Attach, roleResource, $"Attach {arn}", null, arn + "\n", (iam, ct) => iam.AttachRolePolicyAsync(options.RoleName, arn, ct));

            private async System.Threading.Tasks.Task NewDefaultVersionAsync(IIamClient iam, string document, System.Threading.CancellationToken ct)
            {
                var versions = await Pagination.AllAsync((marker, c) => iam.ListPolicyVersionsAsync(policyArn, marker, c), ct).ConfigureAwait(false);
                if (versions.Count >= PolicyVersionLimit)
                {
                    var oldest = versions.Where(v => !v.IsDefaultVersion).OrderBy(v => v.CreateDate).ThenBy(v => VersionNumber(v.VersionId)).First();
                    await iam.DeletePolicyVersionAsync(policyArn, oldest.VersionId, ct).ConfigureAwait(false);
                }

                await iam.CreatePolicyVersionAsync(policyArn, document, setAsDefault: true, ct).ConfigureAwait(false);
            }

            private static int VersionNumber(string versionId) => int.TryParse(versionId.TrimStart('v').Split('.')[0], out var n) ? n : int.MaxValue;

            private void Find(RoleFindingRule rule, string message) => findings.Add(new OSAccessRoleFinding(accountId, rule, message, Remedy(rule)));

            private string Remedy(RoleFindingRule rule) => rule == RoleFindingRules.NotOwned
                ? "Publish-OSAccessRole -Force takes it over (tags it and brings it up to date); or remove it, or choose another -RoleName."
                : "Publish-OSAccessRole with the same parameters repairs it.";

            private void Step(RoleStepOrder order, string resource, string operation, string? current, string? desired,
                Func<IIamClient, System.Threading.CancellationToken, System.Threading.Tasks.Task> apply) =>
                steps.Add(new RoleStep(order, new PlannedChange(accountId, resource, operation, current, desired), apply));

            private static string OwnershipTagText => $"tag {RoleOwnership.TagKey}={RoleOwnership.TagValue}\n";

            private static IReadOnlyList<AwsTag> OwnershipTags { get; } = new[] { new AwsTag(RoleOwnership.TagKey, RoleOwnership.TagValue) };
        }
    }
}
