using OsAccess.Core.Aws;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Guardrail
{
    /// <summary>
    /// The OSAccess role's own permission policy (the seed's <c>OSAccessPolicy</c>), corrected: valid JSON, the
    /// account's real id instead of the placeholder <c>account-id</c>, and unique statement ids. It grants exactly
    /// what a Session Manager shell, port forwarding and Fleet Manager RDP need; the role also has <c>ReadOnlyAccess</c>.
    /// </summary>
    public static class OsAccessRolePolicyBuilder
    {
        public const string PolicyName = "OSAccessPolicy";

        public static PolicyDocument Build(string accountId)
        {
            var account = AccountId.Require(accountId, nameof(accountId));
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
                            $"arn:aws:ec2:*:{account}:instance/*",
                            $"arn:aws:ssm:*:{account}:managed-instance/*",
                            $"arn:aws:ssm:*:{account}:document/SSM-SessionManagerRunShell"),
                    },
                    new PolicyStatement
                    {
                        Sid = "TerminateAndResumeSession",
                        Effect = "Allow",
                        Action = StatementLists.Of("ssm:TerminateSession", "ssm:ResumeSession"),
                        Resource = StatementLists.Of("*"),
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
                            $"arn:aws:ec2:*:{account}:instance/*",
                            $"arn:aws:ssm:*:{account}:managed-instance/*",
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
    }
}
