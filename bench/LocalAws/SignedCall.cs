using System;
using System.Net.Http;
using System.Text;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Signing;

namespace LocalAws.Bench;

/// <summary>One API call to repeat: which service, what body, which credentials; builds a freshly signed request.</summary>
public sealed record SignedCall(string Name, string Service, string Body, string ContentType, string? Target, AwsCredentials Credentials)
{
    public static SignedCall Query(string name, string service, string body, AwsCredentials credentials) =>
        new(name, service, body, "application/x-www-form-urlencoded; charset=utf-8", null, credentials);

    public static SignedCall Json(string name, string service, string target, string body, AwsCredentials credentials) =>
        new(name, service, body, "application/x-amz-json-1.1", target, credentials);

    public HttpRequestMessage Build(Uri endpoint)
    {
        var bytes = Encoding.UTF8.GetBytes(Body);
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        if (Target is not null) request.Headers.TryAddWithoutValidation("X-Amz-Target", Target);
        HttpRequestSigner.Sign(request, bytes, Credentials, "us-east-1", Service, DateTimeOffset.UtcNow);
        return request;
    }
}
