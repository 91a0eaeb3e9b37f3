using System;
using System.Collections.Generic;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Evaluation
{
    /// <summary>
    /// Decides requests the way AWS's enforcement code does:
    /// <list type="number">
    /// <item>an explicit Deny in any applicable policy wins;</item>
    /// <item>SCPs (not for the management account, service-linked roles or service principals): at every level of
    /// the path root → OUs → account some SCP must allow;</item>
    /// <item>RCPs likewise, for resources outside the management account;</item>
    /// <item>same account: a resource-based policy naming the caller itself allows on its own; one naming the
    /// caller's role (or everyone) allows within the permissions boundary and session policy; otherwise the identity
    /// policies must allow, within the boundary and session policy. For <c>sts:AssumeRole*</c> the role's trust
    /// policy (the resource policy) must name the caller or its account;</item>
    /// <item>cross account: the resource-based policy must allow and so must the caller's own policies.</item>
    /// </list>
    /// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html,
    /// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html and
    /// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
    /// </summary>
    public static class PolicyEvaluator
    {
        /// <summary>The decision alone. Allocates nothing for policies without policy variables: use it on hot paths.</summary>
        public static Decision Decide(EvaluationRequest request) => Run(Check(request), null);

        /// <summary>The decision with the statements that applied, missing context keys and an explanation.</summary>
        public static EvaluationResult Evaluate(EvaluationRequest request)
        {
            var trace = new EvaluationTrace();
            var decision = Run(Check(request), trace);
            return trace.ToResult(decision);
        }

        private static EvaluationRequest Check(EvaluationRequest request)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            if (request.Context == null) throw new ArgumentException("The request needs a Context (see RequestContextBuilder).", nameof(request));
            if (string.IsNullOrEmpty(request.Action)) throw new ArgumentException("The request needs an Action such as ssm:StartSession.", nameof(request));
            return request;
        }

        private static Decision Run(EvaluationRequest request, EvaluationTrace? trace)
        {
            var caller = request.Context.Caller;
            var denied = false;
            var unused = PrincipalMatch.None;

            var organizationsAllow = true;
            if (ServiceControlPoliciesApply(request, caller, trace))
            {
                organizationsAllow = EveryLevelAllows(request.ServiceControlPolicies, PolicyKind.ServiceControl, request, false, trace, ref denied, out var notAllowing);
                if (denied && trace == null) return Decision.ExplicitDeny;
                if (trace != null) trace.OrganizationLevelNotAllowing = notAllowing;
            }

            string? resourceControlNotAllowing = null;
            var resourceControlAllows = request.ResourceInManagementAccount ||
                EveryLevelAllows(request.ResourceControlPolicies, PolicyKind.ResourceControl, request, true, trace, ref denied, out resourceControlNotAllowing);
            if (denied && trace == null) return Decision.ExplicitDeny;

            var resourceAllow = PrincipalMatch.None;
            var resourceAllows = false;
            if (request.ResourcePolicy != null) Scan(request.ResourcePolicy, PolicyKind.Resource, null, request, true, trace, ref resourceAllows, ref denied, ref resourceAllow);

            var sameAccount = caller.Kind == CallerKind.Service || request.IsResourceInAccount(caller.AccountId);
            var identityAllows = caller.Kind == CallerKind.Account && sameAccount;
            var identityPolicies = request.IdentityPolicies;
            for (var p = 0; p < identityPolicies.Count; p++) Scan(identityPolicies[p], PolicyKind.Identity, null, request, false, trace, ref identityAllows, ref denied, ref unused);

            var boundaryAllows = true;
            if (request.PermissionsBoundary != null)
            {
                boundaryAllows = false;
                Scan(request.PermissionsBoundary, PolicyKind.PermissionsBoundary, null, request, false, trace, ref boundaryAllows, ref denied, ref unused);
            }

            var sessionAllows = true;
            if (request.SessionPolicy != null)
            {
                sessionAllows = false;
                Scan(request.SessionPolicy, PolicyKind.Session, null, request, false, trace, ref sessionAllows, ref denied, ref unused);
            }

            if (trace != null)
            {
                trace.AllowedByOrganizations = organizationsAllow && !AnyDeny(trace, PolicyKind.ServiceControl);
                trace.AllowedByResourceControlPolicies = resourceControlAllows && !AnyDeny(trace, PolicyKind.ResourceControl);
                trace.AllowedByPermissionsBoundary = boundaryAllows && !AnyDeny(trace, PolicyKind.PermissionsBoundary);
            }

            if (denied)
            {
                trace?.AddDenyReasons();
                return Decision.ExplicitDeny;
            }
            if (!organizationsAllow)
            {
                trace?.AddReason($"Implicitly denied: no SCP attached to {trace.OrganizationLevelNotAllowing} allows {request.Action} (every level from the root to the account must allow).");
                trace?.AddUnmetReasons(PolicyKind.ServiceControl, PolicyEffect.Allow, trace.OrganizationLevelNotAllowing);
                return Decision.ImplicitDeny;
            }
            if (!resourceControlAllows)
            {
                trace?.AddReason($"Implicitly denied: no RCP attached to {resourceControlNotAllowing} allows {request.Action} (every level from the root to the resource's account must allow).");
                trace?.AddUnmetReasons(PolicyKind.ResourceControl, PolicyEffect.Allow, resourceControlNotAllowing);
                return Decision.ImplicitDeny;
            }
            return DecidePermissions(request, caller, sameAccount, resourceAllow, identityAllows, boundaryAllows, sessionAllows, trace);
        }

        private static Decision DecidePermissions(EvaluationRequest request, CallerIdentity caller, bool sameAccount, PrincipalMatch resourceAllow, bool identityAllows,
            bool boundaryAllows, bool sessionAllows, EvaluationTrace? trace)
        {
            var limitsAllow = boundaryAllows && sessionAllows;
            var assumeRole = request.Action.StartsWith("sts:AssumeRole", StringComparison.OrdinalIgnoreCase) && request.ResourcePolicy != null;

            if (!sameAccount)
            {
                if (resourceAllow == PrincipalMatch.None)
                {
                    trace?.AddReason(request.ResourcePolicy == null
                        ? $"Implicitly denied: the resource is in account {request.EffectiveResourceAccount}, not the caller's {caller.AccountId}, and a cross-account request needs the resource's policy (for sts:AssumeRole, the role's trust policy) to allow it; none was given."
                        : $"Implicitly denied: the resource is in account {request.EffectiveResourceAccount} and its policy does not allow {caller.Arn}.");
                    trace?.AddUnmetReasons(PolicyKind.Resource, PolicyEffect.Allow);
                    return Decision.ImplicitDeny;
                }
                return Permissions(identityAllows, boundaryAllows, sessionAllows, "cross-account: the resource's policy allows, and", request, trace);
            }

            if (resourceAllow == PrincipalMatch.Exact)
            {
                trace?.AddReason($"Allowed: the resource's policy names {caller.Arn} itself, which neither a permissions boundary nor a session policy limits.");
                return Decision.Allowed;
            }
            if ((resourceAllow == PrincipalMatch.Role || resourceAllow == PrincipalMatch.Everyone) && limitsAllow)
            {
                trace?.AddReason("Allowed: the resource's policy allows the caller's role or everyone, within the permissions boundary and session policy.");
                return Decision.Allowed;
            }
            if (assumeRole && resourceAllow == PrincipalMatch.None)
            {
                trace?.AddReason($"Implicitly denied: the role's trust policy does not allow {caller.Arn} to {request.Action}.");
                trace?.AddUnmetReasons(PolicyKind.Resource, PolicyEffect.Allow);
                return Decision.ImplicitDeny;
            }
            return Permissions(identityAllows, boundaryAllows, sessionAllows, string.Empty, request, trace);
        }

        private static Decision Permissions(bool identityAllows, bool boundaryAllows, bool sessionAllows, string prefix, EvaluationRequest request, EvaluationTrace? trace)
        {
            if (!identityAllows)
            {
                trace?.AddReason($"Implicitly denied: {Lead(prefix)}no identity policy allows {request.Action} on {request.Resource}.");
                trace?.AddUnmetReasons(PolicyKind.Identity, PolicyEffect.Allow);
                return Decision.ImplicitDeny;
            }
            if (!boundaryAllows)
            {
                trace?.AddReason($"Implicitly denied: {Lead(prefix)}an identity policy allows, but the permissions boundary does not.");
                trace?.AddUnmetReasons(PolicyKind.PermissionsBoundary, PolicyEffect.Allow);
                return Decision.ImplicitDeny;
            }
            if (!sessionAllows)
            {
                trace?.AddReason($"Implicitly denied: {Lead(prefix)}an identity policy allows, but the session policy does not.");
                trace?.AddUnmetReasons(PolicyKind.Session, PolicyEffect.Allow);
                return Decision.ImplicitDeny;
            }
            trace?.AddReason($"Allowed: {Lead(prefix)}an identity policy allows{(request.PermissionsBoundary != null ? ", the permissions boundary allows" : string.Empty)}{(request.SessionPolicy != null ? ", the session policy allows" : string.Empty)}, and nothing denies.");
            return Decision.Allowed;
        }

        private static string Lead(string prefix) => prefix.Length == 0 ? string.Empty : prefix + " ";

        private static bool ServiceControlPoliciesApply(EvaluationRequest request, CallerIdentity caller, EvaluationTrace? trace)
        {
            if (request.ServiceControlPolicies.Count == 0) return false;
            string? why = null;
            if (request.CallerInManagementAccount) why = "the caller is in the management account";
            else if (caller.IsServiceLinkedRole) why = "the caller is a service-linked role";
            else if (caller.Kind == CallerKind.Service) why = "the caller is an AWS service principal";
            if (why == null) return true;
            trace?.AddReason($"SCPs do not apply: {why}.");
            return false;
        }

        /// <summary>
        /// Scans an organization path (SCPs or RCPs), root first: true when at every level some policy allows. Sets
        /// <paramref name="denied"/> on a matching Deny; stops there when no trace is kept. <paramref name="notAllowing"/>
        /// is the first level where nothing allows.
        /// </summary>
        private static bool EveryLevelAllows(IReadOnlyList<OrganizationLevel> levels, PolicyKind kind, EvaluationRequest request, bool checkPrincipal, EvaluationTrace? trace,
            ref bool denied, out string? notAllowing)
        {
            notAllowing = null;
            var unused = PrincipalMatch.None;
            for (var l = 0; l < levels.Count; l++)
            {
                var level = levels[l];
                var levelAllows = false;
                for (var p = 0; p < level.Policies.Count; p++) Scan(level.Policies[p], kind, level.Target, request, checkPrincipal, trace, ref levelAllows, ref denied, ref unused);
                if (denied && trace == null) return false;
                if (!levelAllows && notAllowing == null) notAllowing = level.Target;
            }
            return notAllowing == null;
        }

        private static void Scan(CompiledPolicy policy, PolicyKind kind, string? target, EvaluationRequest request, bool checkPrincipal, EvaluationTrace? trace,
            ref bool allows, ref bool denies, ref PrincipalMatch bestAllow)
        {
            var statements = policy.Statements;
            for (var i = 0; i < statements.Length; i++)
            {
                var statement = statements[i];
                if (trace == null && !checkPrincipal && statement.Effect == PolicyEffect.Allow && allows) continue;
                var match = statement.Applies(request.Action, request.Resource, request.Context, checkPrincipal, request.PermissionsBoundary != null, trace, out var conditionsUnmet);
                if (match == PrincipalMatch.None)
                {
                    if (conditionsUnmet) trace?.AddUnmet(kind, policy, target, statement, request.Context);
                    continue;
                }
                trace?.AddMatch(kind, policy, target, statement, match);
                if (statement.Effect == PolicyEffect.Deny)
                {
                    denies = true;
                    continue;
                }
                allows = true;
                if (match > bestAllow) bestAllow = match;
            }
        }

        private static bool AnyDeny(EvaluationTrace trace, PolicyKind kind)
        {
            foreach (var match in trace.Matched)
            {
                if (match.Kind == kind && match.Effect == PolicyEffect.Deny) return true;
            }
            return false;
        }
    }
}
