using System;
using System.Linq;

namespace OsAccess.Core.Guardrail.Compliance
{
    /// <summary>The resource each checked action is asked about in an account: an instance, a session, a runbook, a role, or <c>*</c>.</summary>
    internal static class ChannelProbe
    {
        public const string SessionName = "osaccess-check";

        public static string Resource(string action, string accountId, string region)
        {
            if (action.StartsWith("iam:", StringComparison.Ordinal)) throw new ArgumentException("Role changes are asked about a role: use RoleArn.", nameof(action));
            switch (action)
            {
                case "ssm:ResumeSession":
                    return $"arn:aws:ssm:{region}:{accountId}:session/{SessionName}-0123456789abcdef0";
                case "ssm:StartAutomationExecution":
                case "ssm:StartChangeRequestExecution":
                    return $"arn:aws:ssm:{region}:{accountId}:automation-definition/AWSSupport-ResetAccess:$DEFAULT";
                case "ec2:EnableSerialConsoleAccess":
                    return "*";
            }
            return GuardrailChannels.Interactive.Contains(action) || GuardrailChannels.Automation.Contains(action)
                ? $"arn:aws:ec2:{region}:{accountId}:instance/i-0123456789abcdef0"
                : "*";
        }

        public static string RoleArn(string accountId, string roleName) => $"arn:aws:iam::{accountId}:role/{roleName}";

        /// <summary>A session of the role, as the engine is asked about it.</summary>
        public static string SessionArn(string accountId, string roleName) => $"arn:aws:sts::{accountId}:assumed-role/{roleName}/{SessionName}";
    }
}
