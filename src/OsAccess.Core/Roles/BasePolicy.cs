namespace OsAccess.Core.Roles
{
    /// <summary>
    /// The AWS managed read policy the OSAccess role carries beside OSAccessPolicy. <see cref="ReadOnlyAccess"/> is the
    /// design's; it also reads data (ec2:GetPasswordData, S3 objects, SSM parameters, console screenshots), which
    /// <see cref="ViewOnlyAccess"/> does not.
    /// </summary>
    public enum BasePolicy
    {
        ReadOnlyAccess,
        ViewOnlyAccess,
        None,
    }

    public static class BasePolicies
    {
        /// <summary>The policy's ARN in <paramref name="partition"/>; null for <see cref="BasePolicy.None"/>.</summary>
        public static string? ArnOf(BasePolicy policy, string partition) => policy switch
        {
            BasePolicy.ReadOnlyAccess => $"arn:{partition}:iam::aws:policy/ReadOnlyAccess",
            BasePolicy.ViewOnlyAccess => $"arn:{partition}:iam::aws:policy/job-function/ViewOnlyAccess",
            _ => null,
        };
    }
}
