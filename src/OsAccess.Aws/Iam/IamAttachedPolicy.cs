namespace OsAccess.Aws.Iam
{
    /// <summary>A managed policy attached to a user, group or role.</summary>
    public sealed class IamAttachedPolicy
    {
        public string PolicyName { get; init; } = string.Empty;
        public string PolicyArn { get; init; } = string.Empty;
    }
}
