namespace OsAccess.Workflows.Roles
{
    /// <summary>
    /// The order writes run in, so that an interruption leaves the role with fewer permissions than the target, never
    /// more: first what only removes (foreign attachments, inline policies, a longer session), then what creates without
    /// granting (the unattached policy, the role with no permissions), then the documents that decide who gets in and
    /// what they may do, and last what adds permissions (attachments, a longer session).
    /// </summary>
    public enum RoleStepOrder
    {
        TakeOver = 0,
        Detach = 10,
        DeleteInlinePolicy = 11,
        ShortenSession = 12,
        CreatePolicy = 20,
        CreateRole = 21,
        UpdateTrustPolicy = 30,
        UpdatePolicy = 31,
        Attach = 40,
        LengthenSession = 41,

        // Unpublish: take away what the role may do, then the role, then its policy.
        DeleteRole = 50,
        DeletePolicy = 51,
    }
}
