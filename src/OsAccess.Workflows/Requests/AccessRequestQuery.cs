using System;

namespace OsAccess.Workflows.Requests
{
    /// <summary>Which requests to read: all OsAccess's, or only the caller's, one id, those created after an instant.</summary>
    public sealed class AccessRequestQuery
    {
        /// <summary>Only requests created by this ARN.</summary>
        public string? RequesterArn { get; init; }

        public string? RequestId { get; init; }

        public DateTimeOffset? Since { get; init; }

        /// <summary>Only undecided requests (the OpsItem still Open); false reads decided ones too.</summary>
        public bool OpenOnly { get; init; }
    }
}
