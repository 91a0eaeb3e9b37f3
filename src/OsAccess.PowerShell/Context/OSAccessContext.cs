namespace OsAccess.PowerShell.Context
{
    /// <summary>What OsAccess acts as: the identity, region and endpoints, and where the credentials came from.</summary>
    public sealed class OSAccessContext
    {
        public string Account { get; set; } = string.Empty;
        public string Arn { get; set; } = string.Empty;
        public string UserId { get; set; } = string.Empty;
        public string Region { get; set; } = string.Empty;
        public string RegionSource { get; set; } = string.Empty;

        /// <summary>Where the credentials came from (never the keys themselves).</summary>
        public string CredentialSource { get; set; } = string.Empty;

        /// <summary>For a member account: the role assumed to reach it; null for the caller's own account.</summary>
        public string? AssumedRole { get; set; }

        public string IamEndpoint { get; set; } = string.Empty;
        public string OrganizationsEndpoint { get; set; } = string.Empty;
        public string StsEndpoint { get; set; } = string.Empty;
        public string SsmEndpoint { get; set; } = string.Empty;

        /// <summary><c>default</c>, <c>-EndpointUrl</c> or the variable the STS endpoint came from.</summary>
        public string EndpointSource { get; set; } = string.Empty;
    }
}
