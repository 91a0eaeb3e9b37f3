using System;
using System.Collections.Generic;
using OsAccess.Core.Aws;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Evaluation
{
    /// <summary>
    /// The Principal (or NotPrincipal) element of a resource-based statement. AWS identifiers may be <c>*</c>, an
    /// account id or root ARN (the account), a user, role, assumed-role session or federated-user ARN; a role ARN also
    /// names that role's sessions. Service, Federated and CanonicalUser identifiers are compared as written.
    /// Partial wildcards are not allowed in Principal and are compared literally.
    /// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
    /// </summary>
    internal sealed class PrincipalMatcher
    {
        private bool everyone;
        private readonly HashSet<string> accounts = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> arns = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> roles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> services = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public PrincipalMatcher(PolicyPrincipal principal)
        {
            everyone = principal.IsWildcard;
            foreach (var entry in principal.Entries)
            {
                foreach (var value in entry.Values) Add(entry.Type.Value, value.Value);
            }
        }

        private void Add(string type, string value)
        {
            if (type == "Service")
            {
                services.Add(value);
                return;
            }
            if (type != "AWS")
            {
                arns.Add(value);
                return;
            }
            if (value == "*")
            {
                everyone = true;
                return;
            }
            if (AccountId.IsValid(value))
            {
                accounts.Add(value);
                return;
            }
            var isArn = Arn.TryParse(value, out var arn);
            if (isArn && arn.Service == "iam" && arn.Resource == "root")
            {
                accounts.Add(arn.Account);
                return;
            }
            arns.Add(value);
            if (isArn && arn.Service == "iam" && arn.Resource.StartsWith("role/", StringComparison.Ordinal))
            {
                roles.Add(CallerIdentity.RoleKeyOf(arn.Account, arn.Resource.Substring(arn.Resource.LastIndexOf('/') + 1)));
            }
        }

        /// <summary>How specifically the Principal element names the caller.</summary>
        public PrincipalMatch Match(CallerIdentity caller)
        {
            if (caller.Kind == CallerKind.Service)
            {
                if (services.Contains(caller.Name)) return PrincipalMatch.Exact;
                return everyone ? PrincipalMatch.Everyone : PrincipalMatch.None;
            }
            if (arns.Contains(caller.Arn) || (caller.Kind == CallerKind.Account && accounts.Contains(caller.AccountId))) return PrincipalMatch.Exact;
            if (caller.Kind == CallerKind.AssumedRole && roles.Contains(caller.RoleKey!)) return PrincipalMatch.Role;
            if (everyone) return PrincipalMatch.Everyone;
            return accounts.Contains(caller.AccountId) ? PrincipalMatch.Account : PrincipalMatch.None;
        }

        /// <summary>
        /// For NotPrincipal: whether the element exempts the caller. AWS checks the account, then the role or user,
        /// then the session, so an IAM caller is exempt only when both its account and its user, role or session are
        /// listed. See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
        /// </summary>
        public bool Exempts(CallerIdentity caller)
        {
            if (everyone) return true;
            if (caller.Kind == CallerKind.Service) return services.Contains(caller.Name);
            if (caller.Kind == CallerKind.Account) return accounts.Contains(caller.AccountId);
            var specific = arns.Contains(caller.Arn) ||
                (caller.Kind == CallerKind.AssumedRole && roles.Contains(caller.RoleKey!));
            return specific && accounts.Contains(caller.AccountId);
        }
    }
}
