namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// Every ErrorId OsAccess gives a failure it decides itself, in one scheme: <c>OSAccess&lt;subject&gt;&lt;condition&gt;</c>,
    /// bad input being <c>OSAccess&lt;what&gt;InputInvalid</c>. A failure AWS returns is <c>&lt;Service&gt;.&lt;AWS code&gt;</c>
    /// (<see cref="AwsErrorRecords"/>), and a value refused at bind is PowerShell's own <c>ParameterArgumentValidationError</c>.
    /// about_OsAccess lists each of these; a test holds it to that.
    /// </summary>
    public static class ErrorIds
    {
        /// <summary>A document's parameters (New-OSAccess*Document, the guardrail options of Publish- and Test-OSAccessScp).</summary>
        public const string DocumentInputInvalid = "OSAccessDocumentInputInvalid";

        /// <summary>A policy, context entry or ARN given to Test-OSAccessPolicy.</summary>
        public const string PolicyInputInvalid = "OSAccessPolicyInputInvalid";

        /// <summary>The SCP levels given to Test-OSAccessScp.</summary>
        public const string ScpInputInvalid = "OSAccessScpInputInvalid";

        /// <summary>A grant's user, accounts, window or reason.</summary>
        public const string GrantInputInvalid = "OSAccessGrantInputInvalid";

        /// <summary>Any other input refused once the cmdlet runs (an account that is not in the organization, a region name).</summary>
        public const string InputInvalid = "OSAccessInputInvalid";

        /// <summary>A document over its quota; the message names the option to drop.</summary>
        public const string DocumentQuotaExceeded = "OSAccessDocumentQuotaExceeded";

        /// <summary>A policy file Test-OSAccessPolicyDocument cannot find.</summary>
        public const string PolicyFileNotFound = "OSAccessPolicyFileNotFound";

        /// <summary>A policy file Test-OSAccessPolicyDocument cannot read.</summary>
        public const string PolicyFileUnreadable = "OSAccessPolicyFileUnreadable";

        /// <summary>Policy text piped one line at a time (Get-Content without -Raw).</summary>
        public const string PolicyTextInLines = "OSAccessPolicyTextInLines";

        /// <summary>No credentials from the parameters, profiles, environment or instance.</summary>
        public const string CredentialsNotFound = "OSAccessCredentialsNotFound";

        /// <summary>No region, or one AWS does not have; the message names the nearest.</summary>
        public const string RegionNotFound = "OSAccessRegionNotFound";

        /// <summary>Nothing AWS answered at the endpoint; the message names it and where it came from.</summary>
        public const string ConnectionFailed = "OSAccessConnectionFailed";

        /// <summary>IAM still did not know what was just created after the retries for eventual consistency.</summary>
        public const string EventualConsistencyTimeout = "OSAccessEventualConsistencyTimeout";

        /// <summary>A failure with no more specific id.</summary>
        public const string CallFailed = "OSAccessCallFailed";

        /// <summary>A -TargetId that is not a root, OU or account of the organization.</summary>
        public const string TargetNotFound = "OSAccessTargetNotFound";

        /// <summary>The caller may not read the organization.</summary>
        public const string OrganizationReadDenied = "OSAccessOrganizationReadDenied";

        /// <summary>A target that already holds as many SCPs as AWS allows.</summary>
        public const string ScpTargetFull = "OSAccessScpTargetFull";

        /// <summary>SCPs are off at the root, and -Force was not given.</summary>
        public const string ScpPolicyTypeNotEnabled = "OSAccessScpPolicyTypeNotEnabled";

        /// <summary>No SCP of that name to unpublish.</summary>
        public const string ScpNotFound = "OSAccessScpNotFound";

        /// <summary>An SCP, role or policy of OsAccess's name that OsAccess did not create; -Force takes it over.</summary>
        public const string NotManaged = "OSAccessNotManaged";

        /// <summary>The person holds as many grants as IAM lets a user have attached.</summary>
        public const string GrantLimitExceeded = "OSAccessGrantLimitExceeded";

        /// <summary>A -GrantId the hub does not have.</summary>
        public const string GrantNotFound = "OSAccessGrantNotFound";

        /// <summary>An object piped to Export-OSAccessReport that the report does not show.</summary>
        public const string ReportInputInvalid = "OSAccessReportInputInvalid";

        /// <summary>An Export-OSAccessReport -Path that is a folder.</summary>
        public const string ReportPathInvalid = "OSAccessReportPathInvalid";

        /// <summary>-NoClobber, and the report's file exists.</summary>
        public const string ReportFileExists = "OSAccessReportFileExists";

        /// <summary>The report's file is read-only, and -Force was not given.</summary>
        public const string ReportFileReadOnly = "OSAccessReportFileReadOnly";

        /// <summary>The report's file could not be written.</summary>
        public const string ReportNotWritten = "OSAccessReportNotWritten";
        /// <summary>A request's accounts, window, reason, comment or id.</summary>
        public const string RequestInputInvalid = "OSAccessRequestInputInvalid";

        /// <summary>A request that is one's own, already decided, withdrawn or past: it cannot be decided or withdrawn as asked.</summary>
        public const string RequestRefused = "OSAccessRequestRefused";
    }
}
