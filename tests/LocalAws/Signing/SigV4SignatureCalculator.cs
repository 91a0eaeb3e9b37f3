using OsAccess.Aws.Signing;

namespace LocalAws.Signing;

/// <summary>Recomputes a received request's SigV4 signature with the product's own signer.</summary>
public sealed class SigV4SignatureCalculator : ISignatureCalculator
{
    public string Signature(SignedRequest request, string secretAccessKey)
    {
        if (!SigV4.TryParseTime(request.AmzDate, out var signedAt)) return "";
        var toSign = new SigV4Request(request.Method, request.Path, request.Query, request.SignedHeaders, request.PayloadHash);
        return SigV4.Signature(secretAccessKey, request.Authorization.Scope, signedAt, toSign);
    }
}
