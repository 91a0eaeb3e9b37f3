namespace OsAccess.Aws.Credentials
{
    /// <summary>Credentials found for a call, and a description of where they came from (never the keys themselves).</summary>
    public sealed class ResolvedCredentials
    {
        public ResolvedCredentials(ICredentialSource source, string origin)
        {
            Source = source;
            Origin = origin;
        }

        public ICredentialSource Source { get; }

        /// <summary>E.g. <c>profile 'admin'</c>, <c>environment variables</c>, <c>-Credential</c>.</summary>
        public string Origin { get; }
    }
}
