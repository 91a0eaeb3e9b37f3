using System;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Iam;
using OsAccess.Core.Changes;

namespace OsAccess.Workflows.Roles
{
    /// <summary>
    /// One write that brings the OSAccess role in an account to the target state: the change as -WhatIf shows it, its
    /// place in the safe order (lower runs first) and the IAM calls that make it.
    /// </summary>
    public sealed class RoleStep
    {
        public RoleStep(RoleStepOrder order, PlannedChange change, Func<IIamClient, CancellationToken, Task> apply)
        {
            Order = order;
            Change = change;
            Apply = apply;
        }

        public RoleStepOrder Order { get; }

        public PlannedChange Change { get; }

        public Func<IIamClient, CancellationToken, Task> Apply { get; }

        /// <summary>How the change is reported in a result's Changes: <c>role OSAccess: Create the role</c>.</summary>
        public string Description => $"{Change.Resource}: {Change.Operation}";
    }
}
