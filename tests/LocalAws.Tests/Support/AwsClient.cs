using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using LocalAws.Signing;

namespace LocalAws.Tests.Support;

/// <summary>A minimal SigV4-signing client for the four emulated services.</summary>
public sealed class AwsClient
{
    private static readonly HttpClient Http = new();
    private static readonly Dictionary<string, string> Targets = new()
    {
        ["organizations"] = "AWSOrganizationsV20161128",
        ["ssm"] = "AmazonSSM",
    };

    private readonly Uri _endpoint;
    private readonly string _region;

    public AwsClient(Uri endpoint, Credentials credentials, string region = "us-east-1")
    {
        _endpoint = endpoint;
        Credentials = credentials;
        _region = region;
    }

    public Credentials Credentials { get; }

    /// <summary>Extra headers to send unsigned, e.g. the aws:CalledVia test header.</summary>
    public Dictionary<string, string> ExtraHeaders { get; } = new();

    /// <summary>When set, the signature is computed with this secret instead of the real one.</summary>
    public string? SignWithSecret { get; set; }

    public Task<AwsAnswer> Iam(string action, params (string Key, string Value)[] parameters) =>
        Query("iam", "2010-05-08", action, parameters);

    public Task<AwsAnswer> Sts(string action, params (string Key, string Value)[] parameters) =>
        Query("sts", "2011-06-15", action, parameters);

    public Task<AwsAnswer> Organizations(string operation, JsonObject? body = null) => Json("organizations", operation, body);

    public Task<AwsAnswer> Ssm(string operation, JsonObject? body = null) => Json("ssm", operation, body);

    public async Task<AwsAnswer> Query(string service, string version, string action, params (string Key, string Value)[] parameters)
    {
        var pairs = new[] { ("Action", action), ("Version", version) }.Concat(parameters)
            .Select(p => Uri.EscapeDataString(p.Item1) + "=" + Uri.EscapeDataString(p.Item2));
        string body = string.Join("&", pairs);
        return await Send(service, body, "application/x-www-form-urlencoded; charset=utf-8", null, false);
    }

    public async Task<AwsAnswer> Json(string service, string operation, JsonObject? body)
    {
        return await Send(service, (body ?? new JsonObject()).ToJsonString(), "application/x-amz-json-1.1",
            Targets[service] + "." + operation, true);
    }

    private async Task<AwsAnswer> Send(string service, string body, string contentType, string? target, bool json)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        string amzDate = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["content-type"] = contentType,
            ["host"] = _endpoint.Authority,
            ["x-amz-date"] = amzDate,
        };
        if (target is not null) headers["x-amz-target"] = target;
        if (Credentials.SessionToken is not null) headers["x-amz-security-token"] = Credentials.SessionToken;
        var auth = new SigV4Authorization(Credentials.AccessKeyId, amzDate[..8], _region, service, headers.Keys.ToList(), "");
        string payloadHash = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
        var signed = new SignedRequest("POST", "/", "", headers, auth, amzDate, payloadHash);
        string signature = new SigV4SignatureCalculator().Signature(signed, SignWithSecret ?? Credentials.SecretAccessKey);

        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        if (target is not null) request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        if (Credentials.SessionToken is not null) request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", Credentials.SessionToken);
        foreach (var (k, v) in ExtraHeaders) request.Headers.TryAddWithoutValidation(k, v);
        request.Headers.TryAddWithoutValidation("Authorization",
            $"{SigV4Authorization.Algorithm} Credential={Credentials.AccessKeyId}/{auth.Scope}, SignedHeaders={string.Join(';', headers.Keys)}, Signature={signature}");
        using var response = await Http.SendAsync(request);
        return new AwsAnswer(response.StatusCode, await response.Content.ReadAsStringAsync(), json);
    }
}
