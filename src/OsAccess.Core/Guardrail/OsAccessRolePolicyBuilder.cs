using OsAccess.Core.Aws;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Guardrail
{
    /// <summary>
    /// The OSAccess role's own permission policy (the seed's <c>OSAccessPolicy</c>), corrected: valid JSON, the
    /// account's real id instead of the placeholder <c>account-id</c>, and unique statement ids. It grants what a
    /// Session Manager shell and Fleet Manager RDP need; the role also has <c>ReadOnlyAccess</c>, which covers
    /// <c>ssm:DescribeSessions</c> and <c>ssm:GetConnectionStatus</c>. Beyond the seed it allows
    /// <c>ssmmessages:OpenDataChannel</c>, which AWS's current Session Manager end-user policies require ("Sample IAM
    /// policies for Session Manager").
    /// The session-scoped statements are written for role sessions, which is all this role has. AWS's samples scope the
    /// data channel to <c>session/${aws:userid}-*</c>, but for a role session <c>aws:userid</c> is <c>AROA…:alice</c> while
    /// its session ids start with the bare session name (<c>alice-07a16…</c>), so that resource never matches and the
    /// shell cannot open. TerminateSession and ResumeSession use the condition AWS documents for "end only sessions they
    /// started" (Session Manager's additional sample policies): each session carries the tag
    /// <c>aws:ssmmessages:session-id</c> with its starter's <c>aws:userid</c>, so <c>ssm:resourceTag/aws:ssmmessages:session-id</c>
    /// = <c>${aws:userid}</c> matches a role session's own sessions and nobody else's. The data channel is allowed on the
    /// account's sessions: opening one takes the token that only StartSession and ResumeSession hand out, to the session's
    /// starter. No statement sets <c>ssm:SessionDocumentAccessCheck</c>,
    /// so, as in the seed, StartSession on a node also admits AWS-owned session documents such as port forwarding.
    /// Sessions encrypted with a KMS key also need <c>kms:GenerateDataKey</c> on that key, which this policy does not grant.
    /// </summary>
    public static class OsAccessRolePolicyBuilder
    {
        public const string PolicyName = "OSAccessPolicy";

        public static PolicyDocument Build(string accountId)
        {
            var account = AccountId.Require(accountId, nameof(accountId));
            var instances = $"arn:aws:ec2:*:{account}:instance/*";
            var managedInstances = $"arn:aws:ssm:*:{account}:managed-instance/*";
            var sessions = $"arn:aws:ssm:*:{account}:session/*";
            return new PolicyDocument
            {
                Version = PolicyDocument.CurrentVersion,
                Statements = new[]
                {
                    new PolicyStatement
                    {
                        Sid = "SsmStartSession",
                        Effect = "Allow",
                        Action = StatementLists.Of("ssm:StartSession"),
                        Resource = StatementLists.Of(
                            instances,
                            managedInstances,
                            $"arn:aws:ssm:*:{account}:document/SSM-SessionManagerRunShell"),
                    },
                    new PolicyStatement
                    {
                        Sid = "SessionDataChannel",
                        Effect = "Allow",
                        Action = StatementLists.Of("ssmmessages:OpenDataChannel"),
                        Resource = StatementLists.Of(sessions),
                    },
                    new PolicyStatement
                    {
                        Sid = "TerminateAndResumeSession",
                        Effect = "Allow",
                        Action = StatementLists.Of("ssm:TerminateSession", "ssm:ResumeSession"),
                        Resource = StatementLists.Of(sessions),
                        Conditions = new[]
                        {
                            StatementLists.Condition("StringLike", "ssm:resourceTag/aws:ssmmessages:session-id", "${aws:userid}"),
                        },
                    },
                    new PolicyStatement
                    {
                        Sid = "EC2",
                        Effect = "Allow",
                        Action = StatementLists.Of("ec2:DescribeInstances", "ec2:GetPasswordData"),
                        Resource = StatementLists.Of("*"),
                    },
                    new PolicyStatement
                    {
                        Sid = "SSM",
                        Effect = "Allow",
                        Action = StatementLists.Of("ssm:DescribeInstanceProperties", "ssm:GetCommandInvocation", "ssm:GetInventorySchema"),
                        Resource = StatementLists.Of("*"),
                    },
                    new PolicyStatement
                    {
                        // The seed's second "SSMStartSession", which differed from the first only in case.
                        Sid = "GuiConnectStartSession",
                        Effect = "Allow",
                        Action = StatementLists.Of("ssm:StartSession"),
                        Resource = StatementLists.Of(
                            instances,
                            managedInstances,
                            "arn:aws:ssm:*::document/AWS-StartPortForwardingSession"),
                        Conditions = new[]
                        {
                            StatementLists.Condition("ForAnyValue:StringEquals", "aws:CalledVia", "ssm-guiconnect.amazonaws.com"),
                        },
                    },
                    new PolicyStatement
                    {
                        Sid = "GuiConnect",
                        Effect = "Allow",
                        Action = StatementLists.Of(
                            "ssm-guiconnect:CancelConnection",
                            "ssm-guiconnect:GetConnection",
                            "ssm-guiconnect:StartConnection",
                            "ssm-guiconnect:ListConnections"),
                        Resource = StatementLists.Of("*"),
                    },
                },
            };
        }

        /// <summary>What to do when OSAccessPolicy is over the quota of a role's inline policies, which all of them share.</summary>
        public static string QuotaAdvice(BuiltPolicyDocument policy, PolicySizeLimit quota) =>
            "All of the role's inline policies share this quota: keep OSAccessPolicy inline and attach the role's other permissions as managed policies.";
    }
}
