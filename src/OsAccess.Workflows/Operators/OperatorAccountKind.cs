namespace OsAccess.Workflows.Operators
{
    /// <summary>Where a part of an operator policy is attached.</summary>
    public enum OperatorAccountKind
    {
        /// <summary>The operator's identity in the organization's management account: Organizations, and reaching member accounts.</summary>
        Management,

        /// <summary>The operator's identity in the hub account, where people's IAM users and their grants live.</summary>
        Hub,

        /// <summary>The -CrossAccountRoleName role in each member account, which the operator assumes to act there.</summary>
        Member,
    }
}
