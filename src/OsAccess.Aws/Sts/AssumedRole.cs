using OsAccess.Aws.Credentials;

namespace OsAccess.Aws.Sts
{
    /// <summary>The temporary credentials AssumeRole returned and the session they belong to.</summary>
    public sealed class AssumedRole
    {
        public AssumedRole(AwsCredentials credentials, string assumedRoleArn, string assumedRoleId, string? sourceIdentity)
        {
            Credentials = credentials;
            AssumedRoleArn = assumedRoleArn;
            AssumedRoleId = assumedRoleId;
            SourceIdentity = sourceIdentity;
        }

        public AwsCredentials Credentials { get; }

        /// <summary><c>arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION</c>.</summary>
        public string AssumedRoleArn { get; }

        public string AssumedRoleId { get; }

        public string? SourceIdentity { get; }
    }
}
