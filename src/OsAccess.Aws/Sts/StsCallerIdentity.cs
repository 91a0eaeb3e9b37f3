namespace OsAccess.Aws.Sts
{
    /// <summary>
    /// Who a set of credentials belongs to, as STS GetCallerIdentity reports it. Not to be confused with
    /// <c>OsAccess.Core.Evaluation.CallerIdentity</c>, the caller of a request as the evaluator reads it from an ARN.
    /// </summary>
    public sealed class StsCallerIdentity
    {
        public string Account { get; init; } = string.Empty;
        public string Arn { get; init; } = string.Empty;
        public string UserId { get; init; } = string.Empty;
    }
}
