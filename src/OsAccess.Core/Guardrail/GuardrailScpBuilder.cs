using System;
using System.Collections.Generic;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Guardrail
{
    /// <summary>
    /// The service control policy that denies OS access to every principal except the exempt roles. By default it is the
    /// original design's SCP: deny <c>ssm:StartSession</c> unless <c>aws:PrincipalArn</c> is
    /// <c>arn:aws:iam::*:role/OSAccess</c>. For an assumed-role session <c>aws:PrincipalArn</c> is the role's ARN, so every
    /// session of the role is exempt. Up to three statements, each written only when the options call for it:
    /// <list type="number">
    /// <item><see cref="StatementId"/>: the OS-access actions, denied to all but the exempt roles;</item>
    /// <item><see cref="AutomationStatementId"/>: the automation actions, denied to all but the exempt and automation roles;</item>
    /// <item><see cref="ProtectStatementId"/>: changes to the protected roles, denied to all but the deployment roles.</item>
    /// </list>
    /// </summary>
    public static class GuardrailScpBuilder
    {
        public const string StatementId = "DenyOsAccessExceptExemptRoles";
        public const string AutomationStatementId = "DenyAutomationExceptAutomationRoles";
        public const string ProtectStatementId = "DenyChangesToExemptRoles";

        private const string PrincipalArnKey = "aws:PrincipalArn";

        /// <summary>
        /// The SCP for <paramref name="options"/>. Throws <see cref="System.ArgumentException"/> naming the option for options
        /// that do not make a guardrail. Its size is for <see cref="DocumentQuota"/> to hold against the quota, with
        /// <see cref="QuotaAdvice"/>.
        /// </summary>
        public static PolicyDocument Build(GuardrailScpOptions? options = null) => Build((options ?? new GuardrailScpOptions()).Resolve());

        /// <summary>What to do with the guardrail built from <paramref name="options"/> when it is over the SCP quota: which option to drop.</summary>
        public static Func<BuiltPolicyDocument, PolicySizeLimit, string> QuotaAdvice(GuardrailScpOptions options) =>
            (scp, quota) => GuardrailScpQuota.Advice(options, scp, quota);

        /// <summary>The SCP for options already resolved.</summary>
        internal static PolicyDocument Build(ResolvedGuardrailOptions resolved)
        {
            var statements = new List<PolicyStatement>
            {
                Deny(StatementId, resolved.OsAccessActions, new[] { "*" }, resolved.ExemptRoleNames),
            };
            if (resolved.AutomationActions.Count > 0)
            {
                var keepers = new List<string>(resolved.ExemptRoleNames);
                keepers.AddRange(resolved.AutomationRoleNames);
                statements.Add(Deny(AutomationStatementId, resolved.AutomationActions, new[] { "*" }, keepers));
            }
            if (resolved.ProtectRole)
            {
                statements.Add(Deny(ProtectStatementId, GuardrailChannels.RoleChanges, Arns(resolved.ProtectedRoleNames), resolved.DeploymentRoleNames));
            }
            return new PolicyDocument { Version = PolicyDocument.CurrentVersion, Statements = statements };
        }

        private static PolicyStatement Deny(string sid, IReadOnlyList<string> actions, IReadOnlyList<string> resources, IReadOnlyList<string> exceptRoles) => new PolicyStatement
        {
            Sid = sid,
            Effect = "Deny",
            Action = StatementLists.Of(actions),
            Resource = StatementLists.Of(resources),
            Conditions = new[] { StatementLists.Condition("ArnNotLike", PrincipalArnKey, Arns(exceptRoles)) },
        };

        private static string[] Arns(IReadOnlyList<string> roleNames)
        {
            var arns = new string[roleNames.Count];
            for (var i = 0; i < arns.Length; i++) arns[i] = ResolvedGuardrailOptions.RoleArnPattern(roleNames[i]);
            return arns;
        }
    }
}
