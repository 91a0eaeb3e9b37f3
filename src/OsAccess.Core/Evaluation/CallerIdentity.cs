using System;

namespace OsAccess.Core.Evaluation
{
    /// <summary>
    /// Who sends a request, read from the caller's ARN: the account, the kind of principal, and for a role session
    /// the role it belongs to (AWS evaluates <c>aws:PrincipalArn</c> as the role's ARN, not the session's).
    /// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn
    /// </summary>
    public sealed class CallerIdentity
    {
        private CallerIdentity(string arn, CallerKind kind, string partition, string accountId, string name, string? sessionName, string principalArn, bool isServiceLinkedRole)
        {
            Arn = arn;
            Kind = kind;
            Partition = partition;
            AccountId = accountId;
            Name = name;
            SessionName = sessionName;
            PrincipalArn = principalArn;
            IsServiceLinkedRole = isServiceLinkedRole;
            RoleKey = kind == CallerKind.AssumedRole || kind == CallerKind.Role ? RoleKeyOf(accountId, name) : null;
        }

        /// <summary>account/role-name of the caller's role, for comparing with role ARNs whatever their path.</summary>
        internal string? RoleKey { get; }

        internal static string RoleKeyOf(string account, string roleName) => account + "/" + roleName;

        /// <summary>The ARN (or service name) as given.</summary>
        public string Arn { get; }

        public CallerKind Kind { get; }

        public string Partition { get; }

        /// <summary>12 digits; empty for a service principal.</summary>
        public string AccountId { get; }

        /// <summary>The user, role, federated user or service name.</summary>
        public string Name { get; }

        /// <summary>The role session name of an assumed-role caller; null otherwise.</summary>
        public string? SessionName { get; }

        /// <summary>What <c>aws:PrincipalArn</c> holds: the role's ARN for a role session, the caller's ARN otherwise.</summary>
        public string PrincipalArn { get; }

        /// <summary>
        /// True for roles under the path <c>/aws-service-role/</c>, and for sessions of roles named
        /// <c>AWSServiceRoleFor…</c> (the session ARN carries no path); SCPs do not apply to them.
        /// </summary>
        public bool IsServiceLinkedRole { get; }

        /// <summary>
        /// Reads a caller ARN: an account id or root ARN, a user, role, assumed-role session or federated-user ARN,
        /// or a service principal name. For a role session, <paramref name="roleArn"/> gives the role's ARN with its
        /// path, which the session ARN does not carry; without it the role is taken to have the path <c>/</c>.
        /// </summary>
        public static CallerIdentity Parse(string arn, string? roleArn = null)
        {
            if (arn == null) throw new ArgumentNullException(nameof(arn));
            if (Aws.AccountId.IsValid(arn)) return new CallerIdentity(arn, CallerKind.Account, "aws", arn, arn, null, $"arn:aws:iam::{arn}:root", false);
            if (!arn.StartsWith("arn:", StringComparison.Ordinal))
            {
                if (arn.IndexOf('.') > 0 && arn.IndexOf(':') < 0) return new CallerIdentity(arn, CallerKind.Service, "aws", string.Empty, arn, null, arn, false);
                throw new FormatException($"\"{arn}\" is not a caller ARN: expected an account id, a user, role, assumed-role or federated-user ARN, or a service principal such as ssm.amazonaws.com.");
            }
            if (!Aws.Arn.TryParse(arn, out var parts) || !Aws.AccountId.IsValid(parts.Account)) throw new FormatException($"\"{arn}\" is not a caller ARN: expected arn:partition:iam::<12-digit account>:user/…, role/…, root, or arn:partition:sts::<account>:assumed-role/…");
            var partition = parts.Partition;
            var service = parts.Service;
            var account = parts.Account;
            var resource = parts.Resource;
            if (service == "iam" && resource == "root") return new CallerIdentity(arn, CallerKind.Account, partition, account, account, null, arn, false);
            if (service == "iam" && resource.StartsWith("user/", StringComparison.Ordinal))
            {
                return new CallerIdentity(arn, CallerKind.User, partition, account, LastSegment(resource), null, arn, false);
            }
            if (service == "iam" && resource.StartsWith("role/", StringComparison.Ordinal))
            {
                return new CallerIdentity(arn, CallerKind.Role, partition, account, LastSegment(resource), null, arn, IsServiceLinkedPath(resource));
            }
            if (service == "sts" && resource.StartsWith("assumed-role/", StringComparison.Ordinal))
            {
                var pieces = resource.Split('/');
                if (pieces.Length != 3 || pieces[1].Length == 0 || pieces[2].Length == 0)
                {
                    throw new FormatException($"\"{arn}\" is not an assumed-role ARN: expected arn:{partition}:sts::{account}:assumed-role/<role name>/<session name>.");
                }
                var role = roleArn ?? $"arn:{partition}:iam::{account}:role/{pieces[1]}";
                var serviceLinked = pieces[1].StartsWith(ServiceLinkedRolePrefix, StringComparison.Ordinal) ||
                    (roleArn != null && IsServiceLinkedPath(roleArn.Substring(roleArn.IndexOf(":role/", StringComparison.Ordinal) + 1)));
                return new CallerIdentity(arn, CallerKind.AssumedRole, partition, account, pieces[1], pieces[2], role, serviceLinked);
            }
            if (service == "sts" && resource.StartsWith("federated-user/", StringComparison.Ordinal))
            {
                return new CallerIdentity(arn, CallerKind.FederatedUser, partition, account, LastSegment(resource), null, arn, false);
            }
            throw new FormatException($"\"{arn}\" is not a caller ARN: expected an iam user/role/root or an sts assumed-role/federated-user ARN.");
        }

        /// <summary>The ARN of the IAM role behind a role session (or the role itself); null for other callers.</summary>
        public string? RoleArn => Kind == CallerKind.AssumedRole || Kind == CallerKind.Role ? PrincipalArn : null;

        /// <summary>The account's root ARN, <c>arn:partition:iam::account:root</c>; null for a service.</summary>
        public string? AccountRootArn => Kind == CallerKind.Service ? null : $"arn:{Partition}:iam::{AccountId}:root";

        /// <summary>The value AWS gives <c>aws:PrincipalType</c>.</summary>
        public string PrincipalType => Kind switch
        {
            CallerKind.Account => "Account",
            CallerKind.User => "User",
            CallerKind.FederatedUser => "FederatedUser",
            CallerKind.Service => "Service",
            _ => "AssumedRole",
        };

        public override string ToString() => Arn;

        private const string ServiceLinkedRolePrefix = "AWSServiceRoleFor";

        private static string LastSegment(string resource) => resource.Substring(resource.LastIndexOf('/') + 1);

        private static bool IsServiceLinkedPath(string resource) => resource.StartsWith("role/aws-service-role/", StringComparison.Ordinal);
    }
}
