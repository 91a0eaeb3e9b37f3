namespace OsAccess.Core.Evaluation
{
    /// <summary>The outcome of evaluating one request, with the names AWS uses.</summary>
    public enum Decision
    {
        /// <summary>Some applicable policy denies the request.</summary>
        ExplicitDeny,

        /// <summary>Nothing denies the request, but the policies that must allow it do not.</summary>
        ImplicitDeny,

        /// <summary>Every policy type that applies allows the request and none denies it.</summary>
        Allowed,
    }
}
