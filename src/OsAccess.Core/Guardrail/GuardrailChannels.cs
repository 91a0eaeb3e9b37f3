using System.Collections.Generic;

namespace OsAccess.Core.Guardrail
{
    /// <summary>
    /// The IAM actions behind each way onto an instance's operating system, as AWS's Service Authorization Reference names
    /// them (docs/guardrail-scp.md lists the pages):
    /// https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssystemsmanager.html,
    /// https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssystemsmanagerguiconnect.html,
    /// https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2instanceconnect.html,
    /// https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html.
    /// </summary>
    public static class GuardrailChannels
    {
        public const string StartSession = "ssm:StartSession";

        /// <summary>
        /// Interactive channels: a person at a shell, a desktop or a console. Only the exempt roles keep them.
        /// </summary>
        public static readonly IReadOnlyList<string> Interactive = new[]
        {
            StartSession,
            "ssm:ResumeSession",
            "ssm-guiconnect:StartConnection",
            "ec2-instance-connect:SendSSHPublicKey",
            "ec2-instance-connect:SendSerialConsoleSSHPublicKey",
            "ec2-instance-connect:OpenTunnel",
            "ec2:EnableSerialConsoleAccess",
            "ec2:GetPasswordData",
        };

        /// <summary>
        /// Automation channels: commands and documents run on instances without a person at them (Run Command, State Manager
        /// associations, Automation runbooks such as AWSSupport-ResetAccess, Change Manager). Exempt roles and automation
        /// roles keep them.
        /// </summary>
        public static readonly IReadOnlyList<string> Automation = new[]
        {
            "ssm:SendCommand",
            "ssm:CreateAssociation",
            "ssm:CreateAssociationBatch",
            "ssm:UpdateAssociation",
            "ssm:StartAutomationExecution",
            "ssm:StartChangeRequestExecution",
        };

        /// <summary>
        /// What changes a role's name, trust, permissions or tags (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html):
        /// whoever can do these to an exempt role can make themselves that role.
        /// </summary>
        public static readonly IReadOnlyList<string> RoleChanges = new[]
        {
            "iam:CreateRole",
            "iam:DeleteRole",
            "iam:UpdateAssumeRolePolicy",
            "iam:UpdateRole",
            "iam:UpdateRoleDescription",
            "iam:AttachRolePolicy",
            "iam:DetachRolePolicy",
            "iam:PutRolePolicy",
            "iam:DeleteRolePolicy",
            "iam:PutRolePermissionsBoundary",
            "iam:DeleteRolePermissionsBoundary",
            "iam:TagRole",
            "iam:UntagRole",
        };

        /// <summary>Every OS-access action <paramref name="channel"/> denies.</summary>
        public static IReadOnlyList<string> Of(GuardrailChannel channel)
        {
            if (channel == GuardrailChannel.Session) return new[] { StartSession };
            var all = new List<string>(Interactive);
            all.AddRange(Automation);
            return all;
        }
    }
}
