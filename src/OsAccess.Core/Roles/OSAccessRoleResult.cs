using System.Collections.Generic;

namespace OsAccess.Core.Roles
{
    /// <summary>What Publish-OSAccessRole or Unpublish-OSAccessRole did to the OSAccess role in one account.</summary>
    public sealed class OSAccessRoleResult
    {
        public OSAccessRoleResult(string accountId, string roleArn, RoleStatus status, IReadOnlyList<string> changes)
        {
            AccountId = accountId;
            RoleArn = roleArn;
            Status = status;
            Changes = changes;
        }

        public string AccountId { get; }

        public string RoleArn { get; }

        public RoleStatus Status { get; }

        /// <summary>Each write made, as a sentence (<c>Create the role</c>, <c>Detach arn:aws:iam::aws:policy/AdministratorAccess</c>).</summary>
        public IReadOnlyList<string> Changes { get; }

        public override string ToString() => $"{AccountId} {Status}: {string.Join("; ", Changes)}";
    }
}
