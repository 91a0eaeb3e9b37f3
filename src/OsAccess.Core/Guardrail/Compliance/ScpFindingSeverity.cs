namespace OsAccess.Core.Guardrail.Compliance
{
    public enum ScpFindingSeverity
    {
        /// <summary>The guardrail does not hold in the account: someone has OS access who should not, or OS access is broken.</summary>
        Error,

        /// <summary>The guardrail holds, but something around it will fail (deployments of the exempt role).</summary>
        Warning,

        /// <summary>Worth knowing; counts against compliance only with -Strict.</summary>
        Information,
    }
}
