using System;
using System.Collections.Generic;
using OsAccess.Core.Aws;
using OsAccess.Core.Guardrail;
using System.Globalization;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Grants
{
    /// <summary>
    /// The identity policy that lets one person assume the OSAccess role in the given accounts while the window is
    /// open (the seed's step ⑤): <c>sts:AssumeRole</c> on the role, between <c>DateGreaterThan</c> and
    /// <c>DateLessThan</c> on <c>aws:CurrentTime</c>, written in UTC.
    /// </summary>
    public static class AssumeRoleGrantBuilder
    {
        public const string DefaultStatementId = "AllowAssumeOSAccessRole";

        public static PolicyDocument Build(
            IEnumerable<string> accountIds,
            AccessWindow window,
            string roleName = GuardrailScpOptions.OsAccessRoleName,
            string statementId = DefaultStatementId)
        {
            if (window.Equals(default(AccessWindow)))
            {
                throw new ArgumentException("The grant has no access window: create one with AccessWindow.Create(start, end) or AccessWindow.Starting(start, duration).", nameof(window));
            }
            var role = RoleName.Require(roleName, nameof(roleName));
            var resources = new List<string>();
            foreach (var accountId in accountIds)
            {
                var arn = $"arn:aws:iam::{AccountId.Require(accountId, nameof(accountIds))}:role/{role}";
                if (!resources.Contains(arn)) resources.Add(arn);
            }
            if (resources.Count == 0)
            {
                throw new ArgumentException("Name at least one account to grant access in.", nameof(accountIds));
            }

            return new PolicyDocument
            {
                Version = PolicyDocument.CurrentVersion,
                Statements = new[]
                {
                    new PolicyStatement
                    {
                        Sid = statementId,
                        Effect = "Allow",
                        Action = StatementLists.Of("sts:AssumeRole"),
                        Resource = StatementLists.Of(resources),
                        Conditions = new[]
                        {
                            StatementLists.Condition("DateGreaterThan", "aws:CurrentTime", window.StartText),
                            StatementLists.Condition("DateLessThan", "aws:CurrentTime", window.EndText),
                        },
                    },
                },
            };
        }

        /// <summary>
        /// What to do with a grant over the quota of a user's inline policies: name as many accounts as fit. A user's
        /// inline policies share that quota, so splitting the accounts over several inline grants for one user cannot help.
        /// </summary>
        public static string QuotaAdvice(BuiltPolicyDocument grant, PolicySizeLimit quota)
        {
            var resources = grant.Document.Statements[0].Resource!;
            var perAccount = PolicySizeCounter.Count(resources[0].Value, quota.CountsWhitespace) + 3; // "…", in a list
            var fit = resources.Count - (grant.Size - quota.Limit!.Value + perAccount - 1) / perAccount;
            return string.Format(CultureInfo.InvariantCulture,
                "Name at most {0} accounts in one grant (fewer if the user has other inline policies): each account adds {1} characters. " +
                "A user's inline grants share this quota, so splitting the accounts over several of them does not help; grant the other " +
                "accounts once this grant ends, or as a customer managed policy ({2:N0} characters each).",
                fit, perAccount, PolicySizeLimits.Identity.Limit);
        }
    }
}
