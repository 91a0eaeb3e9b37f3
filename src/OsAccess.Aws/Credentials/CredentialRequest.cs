namespace OsAccess.Aws.Credentials
{
    /// <summary>What the caller gave to find credentials: the AWS.Tools common parameters and shell variables.</summary>
    public sealed class CredentialRequest
    {
        public string? AccessKey { get; init; }
        public string? SecretKey { get; init; }
        public string? SessionToken { get; init; }
        public string? ProfileName { get; init; }
        public string? ProfileLocation { get; init; }

        /// <summary>An AWS credentials object from any AWSSDK.Core (what <c>Get-AWSCredential</c> returns).</summary>
        public object? Credential { get; init; }

        /// <summary>The value of <c>$StoredAWSCredentials</c> (what <c>Set-AWSCredential</c> stores).</summary>
        public object? StoredCredentials { get; init; }

        /// <summary>Keys, a profile or a credentials object were given: resolving them reads no environment and calls no service.</summary>
        public bool NamesItsSource =>
            !string.IsNullOrEmpty(AccessKey) || !string.IsNullOrEmpty(SecretKey) ||
            !string.IsNullOrEmpty(ProfileName) || !string.IsNullOrEmpty(ProfileLocation) || Credential != null;
    }
}
