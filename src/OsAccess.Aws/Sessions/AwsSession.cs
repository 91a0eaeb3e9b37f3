using System.Net.Http;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Endpoints;
using OsAccess.Aws.Http;
using OsAccess.Aws.Iam;
using OsAccess.Aws.Organizations;
using OsAccess.Aws.Retry;
using OsAccess.Aws.Sns;
using OsAccess.Aws.Ssm;
using OsAccess.Aws.Sts;
using OsAccess.Core.Time;

namespace OsAccess.Aws.Sessions
{
    /// <summary>Everything a call needs: region, credentials, endpoints, transport, retries, log. Hands out the service clients.</summary>
    public sealed class AwsSession
    {
        public AwsSession(string region, string regionOrigin, ResolvedCredentials credentials, EndpointResolver endpoints)
        {
            Region = region;
            RegionOrigin = regionOrigin;
            Credentials = credentials;
            Endpoints = endpoints;
        }

        public string Region { get; }

        public string RegionOrigin { get; }

        public ResolvedCredentials Credentials { get; }

        public EndpointResolver Endpoints { get; }

        /// <summary>The account the credentials act in, when known (set for member-account sessions).</summary>
        public string? Account { get; init; }

        /// <summary>For a member-account session, the role assumed to reach it; null for the caller's own session.</summary>
        public string? AssumedRoleArn { get; init; }

        public HttpClient HttpClient { get; init; } = SharedHttpClient.Instance;

        public IClock Clock { get; init; } = SystemClock.Instance;

        public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

        public IAwsCallLog Log { get; init; } = NullCallLog.Instance;

        /// <summary>What the session was resolved from; null for a session made some other way.</summary>
        internal SessionInputs? Inputs { get; init; }

        /// <summary>Equal for sessions that act as the same caller: their inputs, or the session itself.</summary>
        internal object CallerKey => (object?)Inputs ?? this;

        public ResolvedEndpoint Endpoint(AwsServiceId service) => Endpoints.Resolve(service, Region);

        public AwsClientOptions OptionsFor(AwsServiceId service)
        {
            var endpoint = Endpoint(service);
            return new AwsClientOptions(endpoint.Endpoint, Credentials.Source)
            {
                EndpointSource = endpoint.Source,
                HttpClient = HttpClient,
                Clock = Clock,
                Retry = Retry,
                Log = Log,
                Account = Account,
            };
        }

        // Every service the same way: a new client behind our interface, which the caller disposes (docs/aws-layer.md).

        public IIamClient Iam() => new IamClient(OptionsFor(AwsServiceId.Iam));

        public IOrganizationsClient Organizations() => new OrganizationsClient(OptionsFor(AwsServiceId.Organizations));

        public IStsClient Sts() => new SdkStsClient(OptionsFor(AwsServiceId.Sts));

        public ISsmClient Ssm() => new SdkSsmClient(OptionsFor(AwsServiceId.Ssm));

        public ISnsClient Sns() => new SnsClient(OptionsFor(AwsServiceId.Sns));

        /// <summary>The same session, credentials and all, in another region (sessions of Session Manager are regional).</summary>
        public AwsSession InRegion(string region, string origin) =>
            region == Region ? this : new AwsSession(region, origin, Credentials, Endpoints)
            {
                Account = Account,
                AssumedRoleArn = AssumedRoleArn,
                HttpClient = HttpClient,
                Clock = Clock,
                Retry = Retry,
                Log = Log,
                Inputs = Inputs,
            };

        /// <summary>The same session acting in <paramref name="accountId"/> with the credentials of <paramref name="role"/>.</summary>
        public AwsSession InAccount(string accountId, AssumedRoleCredentialSource role, string origin) =>
            new AwsSession(Region, RegionOrigin, new ResolvedCredentials(role, origin), Endpoints)
            {
                Account = accountId,
                AssumedRoleArn = role.RoleArn,
                HttpClient = HttpClient,
                Clock = Clock,
                Retry = Retry,
                Log = Log,
            };
    }
}
