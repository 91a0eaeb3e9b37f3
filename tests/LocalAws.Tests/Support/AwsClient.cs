using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Signing;

namespace LocalAws.Tests.Support;

/// <summary>A minimal SigV4-signing client for the emulated services.</summary>
public sealed class AwsClient
{
    private static readonly HttpClient Http = new();
    private static readonly Dictionary<string, string> Targets = new()
    {
        ["organizations"] = "AWSOrganizationsV20161128",
        ["ssm"] = "AmazonSSM",
        ["ec2-instance-connect"] = "AWSEC2InstanceConnectService",
    };

    private readonly Uri endpoint;
    private readonly string region;

    public AwsClient(Uri endpoint, Credentials credentials, string region = "us-east-1")
    {
        this.endpoint = endpoint;
        Credentials = credentials;
        this.region = region;
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

    public Task<AwsAnswer> Ec2(string action, params (string Key, string Value)[] parameters) =>
        Query("ec2", "2016-11-15", action, parameters);

    public Task<AwsAnswer> InstanceConnect(string operation, JsonObject? body = null) => Json("ec2-instance-connect", operation, body);

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
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (target is not null) request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        foreach (var (k, v) in ExtraHeaders) request.Headers.TryAddWithoutValidation(k, v);
        var credentials = new AwsCredentials(Credentials.AccessKeyId, SignWithSecret ?? Credentials.SecretAccessKey, Credentials.SessionToken);
        HttpRequestSigner.Sign(request, bytes, credentials, region, service, DateTimeOffset.UtcNow);
        using var response = await Http.SendAsync(request);
        return new AwsAnswer(response.StatusCode, await response.Content.ReadAsStringAsync(), json);
    }
}
