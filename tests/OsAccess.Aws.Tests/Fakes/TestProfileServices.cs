using OsAccess.Aws.Credentials;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Http;
using OsAccess.Aws.Sessions;

namespace OsAccess.Aws.Tests.Fakes
{
    /// <summary>The session's profile services, at one endpoint for every service (or AWS's when null), in us-east-1.</summary>
    internal static class TestProfileServices
    {
        public static IProfileServices At(string? endpointUrl, IAwsCallLog? log = null) =>
            new ProfileServices(new EndpointResolver(endpointUrl, _ => null), () => "us-east-1", log ?? NullCallLog.Instance);
    }
}
