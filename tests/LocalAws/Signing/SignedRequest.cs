using System.Collections.Generic;

namespace LocalAws.Signing;

/// <summary>What a SigV4 signature covers: the request as received, and the signer's claims about it.</summary>
public sealed record SignedRequest(
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string> Headers,
    SigV4Authorization Authorization,
    string AmzDate,
    string PayloadHash);
