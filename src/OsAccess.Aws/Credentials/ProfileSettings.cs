namespace OsAccess.Aws.Credentials
{
    /// <summary>What OsAccess reads from a profile besides its credentials.</summary>
    public sealed class ProfileSettings
    {
        /// <summary>The profile's name, for messages.</summary>
        public string Name { get; init; } = string.Empty;

        /// <summary><c>region</c>, or null.</summary>
        public string? Region { get; init; }

        /// <summary><c>endpoint_url</c>: the endpoint of every service, or null.</summary>
        public string? EndpointUrl { get; init; }

        /// <summary><c>ignore_configured_endpoint_urls</c>, or null when the profile does not say.</summary>
        public bool? IgnoreConfiguredEndpointUrls { get; init; }
    }
}
