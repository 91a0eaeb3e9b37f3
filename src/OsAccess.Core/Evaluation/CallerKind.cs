namespace OsAccess.Core.Evaluation
{
    /// <summary>What kind of principal sends a request.</summary>
    public enum CallerKind
    {
        /// <summary>An account's root user (<c>arn:aws:iam::111122223333:root</c>).</summary>
        Account,
        User,
        /// <summary>An IAM role named directly (rare as a caller; roles act through sessions).</summary>
        Role,
        /// <summary>A role session (<c>arn:aws:sts::111122223333:assumed-role/Name/session</c>).</summary>
        AssumedRole,
        FederatedUser,
        /// <summary>An AWS service principal such as <c>ssm.amazonaws.com</c>.</summary>
        Service,
    }
}
