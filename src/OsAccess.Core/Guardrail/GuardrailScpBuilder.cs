using System;
using System.Collections.Generic;
using OsAccess.Core.Aws;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Guardrail
{
    /// <summary>
    /// The service control policy that denies OS access to every principal except the exempt roles.
    /// By default it is the seed's SCP: deny <c>ssm:StartSession</c> unless <c>aws:PrincipalArn</c> is
    /// <c>arn:aws:iam::*:role/OSAccess</c>. For an assumed-role session <c>aws:PrincipalArn</c> is the role's ARN,
    /// so every session of the role is exempt.
    /// </summary>
    public static class GuardrailScpBuilder
    {
        public const string StatementId = "DenyOsAccessExceptExemptRoles";

        public static PolicyDocument Build(GuardrailScpOptions? options = null)
        {
            options ??= new GuardrailScpOptions();
            if (options.ExemptRoleNames.Count == 0)
            {
                throw new ArgumentException("Name at least one exempt role: an SCP that exempts nobody would block OS access for everyone.", nameof(options.ExemptRoleNames));
            }
            if (options.DeniedActions.Count == 0)
            {
                throw new ArgumentException("The SCP would deny no action: name at least one action to deny, for example ssm:StartSession.", nameof(options.DeniedActions));
            }

            foreach (var action in options.DeniedActions)
            {
                var problem = ActionFormat.Problem(action);
                if (problem != null)
                {
                    throw new ArgumentException($"\"{action}\" is not an action the SCP can deny: {problem}.", nameof(options.DeniedActions));
                }
            }

            var exemptArns = new List<string>();
            foreach (var name in options.ExemptRoleNames)
            {
                exemptArns.Add($"arn:aws:iam::*:role/{RoleName.Require(name, nameof(options.ExemptRoleNames))}");
            }

            return new PolicyDocument
            {
                Version = PolicyDocument.CurrentVersion,
                Statements = new[]
                {
                    new PolicyStatement
                    {
                        Sid = StatementId,
                        Effect = "Deny",
                        Action = StatementLists.Of(options.DeniedActions),
                        Resource = StatementLists.Of("*"),
                        Conditions = new[] { StatementLists.Condition("ArnNotLike", "aws:PrincipalArn", exemptArns.ToArray()) },
                    },
                },
            };
        }

        /// <summary>What to do with a guardrail SCP over the SCP size quota, which counts every character sent (OsAccess sends it minified).</summary>
        public static string QuotaAdvice(BuiltPolicyDocument scp, PolicySizeLimit quota) =>
            "OsAccess already sends it without white space: exempt fewer roles or deny fewer actions in one SCP (a wildcard such as " +
            "ssm:Start* counts once), or split the denied actions over two guardrail SCPs attached to the same root, OU or account " +
            $"(up to {PolicyAttachmentLimits.ServiceControlPoliciesPerTarget} SCPs may be attached to each).";
    }
}
