namespace OsAccess.Workflows.Operators
{
    /// <summary>One operation of our AWS clients that a cmdlet calls, in one kind of account, on the resources of a scope.</summary>
    public sealed class OperatorNeed
    {
        public OperatorNeed(OperatorAccountKind account, string operation, OperatorScope scope)
        {
            Account = account;
            Operation = operation;
            Scope = scope;
        }

        public OperatorAccountKind Account { get; }

        /// <summary>As <see cref="OsAccess.Aws.Permissions.OperationActions"/> keys it: <c>iam:CreatePolicy</c>.</summary>
        public string Operation { get; }

        public OperatorScope Scope { get; }

        public override string ToString() => $"{Account} {Operation} ({Scope.Sid})";
    }
}
