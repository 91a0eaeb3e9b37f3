using System;
using System.Collections.Generic;
using static OsAccess.Workflows.Operators.OperatorCmdlets;

namespace OsAccess.Workflows.Operators
{
    /// <summary>The cmdlets of each task, and its guards. A new task is one more entry here, its cmdlets declared in <see cref="OperatorCmdlets"/>.</summary>
    public static class OperatorTasks
    {
        public static IReadOnlyList<OperatorCmdlet> Cmdlets(OperatorTask task) => task switch
        {
            OperatorTask.Publish => new[] { PublishScp, TestScp, UnpublishScp, PublishRole, TestRole, UnpublishRole },
            OperatorTask.Grant => new[] { Grant, GetGrant },
            OperatorTask.Audit => new[] { TestScp, TestRole, GetGrant, SessionsAcrossOrganization, GetRequests },
            OperatorTask.Revoke => new[] { GetGrant, Revoke, SessionsInAccounts, StopSession },
            OperatorTask.Request => new[] { RequestAccess, GetOwnRequests, WithdrawRequest },
            OperatorTask.Approve => new[] { RequestAccess, WithdrawRequest, GetRequests, ApproveRequest, DenyRequest },
            _ => throw new ArgumentOutOfRangeException(nameof(task), task, "No cmdlets are declared for this task."),
        };

        /// <summary>The Deny statements the task's policy carries, unless the tasks it is built with lift them (<see cref="OperatorGuard.LiftedBy"/>).</summary>
        public static IReadOnlyList<OperatorGuard> Guards(OperatorTask task) => task == OperatorTask.Request
            ? new[] { OperatorGuards.NoOtherReasons, OperatorGuards.NoRequesterRetagging }
            : new OperatorGuard[0];
    }
}
