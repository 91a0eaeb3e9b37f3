using System;
using System.Collections.Generic;
using static OsAccess.Workflows.Operators.OperatorCmdlets;

namespace OsAccess.Workflows.Operators
{
    /// <summary>The cmdlets of each task. A new task is one more entry here, its cmdlets declared in <see cref="OperatorCmdlets"/>.</summary>
    public static class OperatorTasks
    {
        public static IReadOnlyList<OperatorCmdlet> Cmdlets(OperatorTask task) => task switch
        {
            OperatorTask.Publish => new[] { PublishScp, TestScp, UnpublishScp, PublishRole, TestRole, UnpublishRole },
            OperatorTask.Grant => new[] { Grant, GetGrant },
            OperatorTask.Audit => new[] { TestScp, TestRole, GetGrant, SessionsAcrossOrganization },
            OperatorTask.Revoke => new[] { GetGrant, Revoke, SessionsInAccounts, StopSession },
            _ => throw new ArgumentOutOfRangeException(nameof(task), task, "No cmdlets are declared for this task."),
        };
    }
}
