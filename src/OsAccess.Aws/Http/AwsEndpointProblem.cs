namespace OsAccess.Aws.Http
{
    /// <summary>Why an endpoint did not give an AWS answer.</summary>
    public enum AwsEndpointProblem
    {
        /// <summary>Nothing listens at the address.</summary>
        ConnectionRefused,

        /// <summary>The host name does not resolve (a misspelt endpoint, or a region AWS does not have).</summary>
        HostNotFound,

        /// <summary>The TLS handshake failed: usually https:// to a port that serves plain HTTP.</summary>
        TlsFailed,

        /// <summary>Something answered, but not as an AWS service does (a web page, a proxy's error).</summary>
        NotAws,
    }
}
