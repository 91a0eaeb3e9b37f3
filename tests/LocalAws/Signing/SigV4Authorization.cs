using System;
using System.Collections.Generic;

namespace LocalAws.Signing;

/// <summary>The parts of an "Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…" header.</summary>
public sealed record SigV4Authorization(
    string AccessKeyId,
    string Date,
    string Region,
    string Service,
    IReadOnlyList<string> SignedHeaders,
    string Signature)
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    public string Scope => $"{Date}/{Region}/{Service}/aws4_request";

    /// <summary>Returns null when the header is missing or not a SigV4 header.</summary>
    public static SigV4Authorization? TryParse(string? header)
    {
        if (header is null || !header.StartsWith(Algorithm + " ", StringComparison.Ordinal)) return null;
        string? credential = null, signedHeaders = null, signature = null;
        foreach (var part in header[(Algorithm.Length + 1)..].Split(','))
        {
            var item = part.Trim();
            int eq = item.IndexOf('=');
            if (eq < 0) continue;
            string key = item[..eq], value = item[(eq + 1)..];
            if (key == "Credential") credential = value;
            else if (key == "SignedHeaders") signedHeaders = value;
            else if (key == "Signature") signature = value;
        }
        if (credential is null || signedHeaders is null || signature is null) return null;
        var scope = credential.Split('/');
        if (scope.Length != 5 || scope[4] != "aws4_request") return null;
        return new SigV4Authorization(scope[0], scope[1], scope[2], scope[3], signedHeaders.Split(';'), signature);
    }
}
