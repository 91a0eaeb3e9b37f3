namespace LocalAws.Signing;

/// <summary>Computes the SigV4 signature a request should carry, given the secret key of its access key.</summary>
public interface ISignatureCalculator
{
    string Signature(SignedRequest request, string secretAccessKey);
}
