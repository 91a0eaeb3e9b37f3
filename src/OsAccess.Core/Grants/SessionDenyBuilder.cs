using System;
using System.Globalization;
using System.Linq;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Grants
{
    /// <summary>
    /// The inline deny on the OSAccess role that ends one person's credentials already issued: every action, for role
    /// sessions whose <c>aws:userid</c> ends in <c>:&lt;user&gt;</c> (the session name the trust policy binds to the user
    /// name) and whose <c>aws:TokenIssueTime</c> is before the revocation. AWS's own "revoke active sessions"
    /// (AWSRevokeOlderSessions) denies everyone. One policy per person (<c>OSAccessRevoked-&lt;user&gt;</c>), so revoking
    /// two people at once never writes the same policy; revoking the same person again moves the instant later.
    /// </summary>
    public static class SessionDenyBuilder
    {
        public const string NamePrefix = "OSAccessRevoked-";

        public const string StatementId = "DenyCredentialsIssuedBeforeRevocation";

        public static string PolicyName(string userName) => NamePrefix + userName;

        /// <summary>
        /// Whether an inline policy of the OSAccess role is a revocation deny, to be kept by whatever repairs the role: its
        /// name has <see cref="NamePrefix"/> and every statement of its document denies, so it can only take access away.
        /// A policy of that name that allows anything, or does not parse, is not one.
        /// </summary>
        public static bool IsRevocationDeny(string policyName, string document) =>
            policyName.StartsWith(NamePrefix, StringComparison.Ordinal) &&
            PolicyParser.TryParse(document, out var parsed, out _) && parsed!.Statements.Count > 0 &&
            parsed.Statements.All(s => s.EffectValue == PolicyEffect.Deny);

        /// <summary>
        /// How far past the revocation the deny reaches: AWS stamps aws:TokenIssueTime with its own clock, which this
        /// machine's may trail (SigV4 itself tolerates 5 minutes), so credentials issued just before the revocation are
        /// denied even then. A new grant's credentials are refused for that long after the revocation.
        /// </summary>
        public static readonly TimeSpan ClockMargin = TimeSpan.FromMinutes(1);

        /// <summary>The instant credentials must be issued after to stay valid: <see cref="ClockMargin"/> after <paramref name="now"/>, in whole seconds.</summary>
        public static DateTimeOffset RevokedAt(DateTimeOffset now) =>
            new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(1) + ClockMargin;

        public static PolicyDocument Build(string userName, DateTimeOffset revokedAt) => new PolicyDocument
        {
            Version = PolicyDocument.CurrentVersion,
            Statements = new[]
            {
                new PolicyStatement
                {
                    Sid = StatementId,
                    Effect = "Deny",
                    Action = StatementLists.Of("*"),
                    Resource = StatementLists.Of("*"),
                    Conditions = new[]
                    {
                        StatementLists.Condition("StringLike", "aws:userid", "*:" + userName),
                        StatementLists.Condition("DateLessThan", "aws:TokenIssueTime", AccessWindow.Format(revokedAt)),
                    },
                },
            },
        };

        /// <summary>The revocation instant of a deny this class built; false for any other document.</summary>
        public static bool TryReadRevokedAt(string json, out DateTimeOffset revokedAt)
        {
            revokedAt = default;
            if (!PolicyParser.TryParse(json, out var document, out _) || document!.Statements.Count != 1) return false;
            foreach (var condition in document.Statements[0].Conditions)
            {
                if (condition.Key.Value == "aws:TokenIssueTime" && condition.Values.Count == 1)
                {
                    return DateTimeOffset.TryParse(condition.Values[0].Text, CultureInfo.InvariantCulture,
                        DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out revokedAt);
                }
            }
            return false;
        }
    }
}
