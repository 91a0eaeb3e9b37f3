using System;

namespace OsAccess.Aws.Credentials
{
    /// <summary>No credentials could be found, or the ones asked for (a named profile) do not exist.</summary>
    public sealed class CredentialResolutionException : Exception
    {
        public CredentialResolutionException(string message, Exception? inner = null)
            : base(message, inner)
        {
        }
    }
}
