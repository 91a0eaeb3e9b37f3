using System.Collections.Generic;
using OsAccess.Aws.Signing;

namespace LocalAws.Signing;

/// <summary>
/// What a SigV4 signature covers, as received: method, decoded path and query, the signed headers
/// (lower-case names), the payload hash, and the signer's claims (Authorization header, X-Amz-Date).
/// </summary>
public sealed record SignedRequest(
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, string>> SignedHeaders,
    SigV4Authorization Authorization,
    string AmzDate,
    string PayloadHash);
