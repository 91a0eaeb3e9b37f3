namespace OsAccess.Aws.Iam
{
    /// <summary>An inline policy embedded in a user, group or role.</summary>
    public sealed class IamInlinePolicy
    {
        public string PolicyName { get; init; } = string.Empty;

        /// <summary>The policy document, decoded.</summary>
        public string Document { get; init; } = string.Empty;
    }
}
