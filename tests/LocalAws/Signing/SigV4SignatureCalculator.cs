using System;
using System.Security.Cryptography;
using System.Text;

namespace LocalAws.Signing;

/// <summary>SigV4: string to sign over the canonical request, HMAC-SHA256 with the derived signing key.</summary>
public sealed class SigV4SignatureCalculator : ISignatureCalculator
{
    public string Signature(SignedRequest request, string secretAccessKey)
    {
        var auth = request.Authorization;
        string canonical = CanonicalRequest.Build(request);
        string stringToSign = string.Join('\n',
            SigV4Authorization.Algorithm, request.AmzDate, auth.Scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
        byte[] key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), auth.Date);
        key = Hmac(key, auth.Region);
        key = Hmac(key, auth.Service);
        key = Hmac(key, "aws4_request");
        return Hex(Hmac(key, stringToSign));
    }

    public static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
