using System;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Sessions;
using OsAccess.Core.Roles;
using OsAccess.Workflows.Accounts;

namespace OsAccess.Workflows.Roles
{
    /// <summary>Test-OSAccessRole in one member account: reads what IAM holds and reports the findings of <see cref="RolePlanner"/>; writes nothing.</summary>
    public sealed class RoleInspector
    {
        private readonly OsAccessRoleOptions options;
        private readonly string crossAccountRoleName;

        public RoleInspector(OsAccessRoleOptions options, string crossAccountRoleName)
        {
            this.options = options;
            this.crossAccountRoleName = crossAccountRoleName;
        }

        public async Task<OSAccessRoleTestResult> TestAsync(AwsSession member, CancellationToken cancellationToken)
        {
            var accountId = member.Account ?? throw new ArgumentException("The session is not in a member account.", nameof(member));
            var partition = AwsPartition.Of(member.Region).Name;
            try
            {
                using var iam = member.Iam();
                var today = await RoleSnapshot.ReadAsync(iam, options.RoleName, options.PolicyArn(accountId, partition), cancellationToken).ConfigureAwait(false);
                var plan = RolePlanner.Plan(options, accountId, partition, today);
                return new OSAccessRoleTestResult(accountId, today.Role?.Arn ?? plan.RoleArn, plan.Findings);
            }
            catch (Exception error) when (!(error is OperationCanceledException))
            {
                throw AccountFailures.Describe(error, accountId, crossAccountRoleName, new string[0], null);
            }
        }
    }
}
