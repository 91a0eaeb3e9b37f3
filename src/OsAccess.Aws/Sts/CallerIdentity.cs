namespace OsAccess.Aws.Sts
{
    /// <summary>Who the credentials belong to, as GetCallerIdentity says.</summary>
    public sealed class CallerIdentity
    {
        public string Account { get; init; } = string.Empty;
        public string Arn { get; init; } = string.Empty;
        public string UserId { get; init; } = string.Empty;
    }
}
