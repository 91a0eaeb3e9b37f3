using System;
using System.Globalization;

namespace OsAccess.Aws.Signing
{
    /// <summary>The credential scope: <c>yyyyMMdd/region/service/aws4_request</c>.</summary>
    public sealed class SigV4Scope
    {
        public const string Terminator = "aws4_request";

        public SigV4Scope(string date, string region, string service)
        {
            Date = date ?? throw new ArgumentNullException(nameof(date));
            Region = region ?? throw new ArgumentNullException(nameof(region));
            Service = service ?? throw new ArgumentNullException(nameof(service));
        }

        /// <summary>The scope of a request signed at <paramref name="signedAt"/> (UTC).</summary>
        public static SigV4Scope At(DateTimeOffset signedAt, string region, string service) =>
            new SigV4Scope(signedAt.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture), region, service);

        /// <summary><c>yyyyMMdd</c>.</summary>
        public string Date { get; }

        public string Region { get; }

        public string Service { get; }

        public override string ToString() => Date + "/" + Region + "/" + Service + "/" + Terminator;
    }
}
