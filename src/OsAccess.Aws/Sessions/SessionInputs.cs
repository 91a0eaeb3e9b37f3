using System;
using System.Runtime.CompilerServices;
using OsAccess.Aws.Credentials;

namespace OsAccess.Aws.Sessions
{
    /// <summary>
    /// What a session was resolved from: the credential parameters, the resolved region and where the credentials came
    /// from, and the endpoint override. Sessions resolved from equal inputs act as the same caller, so the roles they
    /// assume in member accounts can be shared (<see cref="MemberAccountSessions"/>). Credential objects count by identity.
    /// </summary>
    internal sealed class SessionInputs : IEquatable<SessionInputs>
    {
        private readonly CredentialRequest request;
        private readonly string region;
        private readonly string credentialsOrigin;
        private readonly string? endpointUrl;

        public SessionInputs(CredentialRequest request, string region, string credentialsOrigin, string? endpointUrl)
        {
            this.request = request;
            this.region = region;
            this.credentialsOrigin = credentialsOrigin;
            this.endpointUrl = endpointUrl;
        }

        public bool Equals(SessionInputs? other) =>
            other != null
            && region == other.region
            && credentialsOrigin == other.credentialsOrigin
            && endpointUrl == other.endpointUrl
            && request.AccessKey == other.request.AccessKey
            && request.SessionToken == other.request.SessionToken
            && request.ProfileName == other.request.ProfileName
            && request.ProfileLocation == other.request.ProfileLocation
            && ReferenceEquals(request.Credential, other.request.Credential)
            && ReferenceEquals(request.StoredCredentials, other.request.StoredCredentials);

        public override bool Equals(object? obj) => Equals(obj as SessionInputs);

        public override int GetHashCode()
        {
            unchecked
            {
                int hash = StringComparer.Ordinal.GetHashCode(region);
                hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(credentialsOrigin);
                hash = (hash * 31) + (request.AccessKey == null ? 0 : StringComparer.Ordinal.GetHashCode(request.AccessKey));
                hash = (hash * 31) + (request.ProfileName == null ? 0 : StringComparer.Ordinal.GetHashCode(request.ProfileName));
                hash = (hash * 31) + (request.Credential == null ? 0 : RuntimeHelpers.GetHashCode(request.Credential));
                return hash;
            }
        }
    }
}
