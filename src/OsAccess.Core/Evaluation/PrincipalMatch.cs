namespace OsAccess.Core.Evaluation
{
    /// <summary>How a resource-based statement's Principal names the caller; later members are more specific.</summary>
    public enum PrincipalMatch
    {
        /// <summary>The statement does not name the caller.</summary>
        None,

        /// <summary>The statement names the caller's account (id or root ARN): it delegates to the account's own policies.</summary>
        Account,

        /// <summary><c>"*"</c> or <c>{"AWS": "*"}</c>: every principal.</summary>
        Everyone,

        /// <summary>The role a role session belongs to.</summary>
        Role,

        /// <summary>The caller itself: its user, session, federated-user ARN or service name.</summary>
        Exact,
    }
}
