using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using LocalAws.Authorization;
using LocalAws.Infrastructure;
using LocalAws.Protocol;
using LocalAws.Signing;
using OsAccess.Aws.Signing;
using LocalAws.State;
using Microsoft.AspNetCore.Http;

namespace LocalAws.Dispatch;

/// <summary>
/// Takes an HTTP request, finds the service from the SigV4 credential scope, applies injected faults,
/// verifies the signature, resolves the caller, runs the operation under the world's lock and writes
/// the answer or error in the service's protocol.
/// </summary>
public sealed class RequestDispatcher
{
    /// <summary>Header a test sets to say which AWS services forwarded the call (aws:CalledVia).</summary>
    public const string CalledViaHeader = "X-LocalAws-Called-Via";

    private readonly Emulator emulator;
    private readonly Dictionary<string, QueryService> query;
    private readonly Dictionary<string, JsonService> json;

    public RequestDispatcher(Emulator emulator, IEnumerable<QueryService> query, IEnumerable<JsonService> json)
    {
        this.emulator = emulator;
        this.query = query.ToDictionary(s => s.Name, StringComparer.Ordinal);
        this.json = json.ToDictionary(s => s.Name, StringComparer.Ordinal);
    }

    public async Task HandleAsync(HttpContext http)
    {
        string requestId = IdGenerator.RequestId();
        byte[] body = await ReadBodyAsync(http.Request);
        var auth = SigV4Authorization.TryParse(http.Request.Headers.Authorization.ToString());
        string service = auth?.Scope.Service ?? ServiceWithoutSignature(http.Request, body);
        http.Response.Headers["x-amzn-RequestId"] = requestId;

        if (query.TryGetValue(service, out var queryService))
            await HandleQueryAsync(http, queryService, auth, body, requestId);
        else if (json.TryGetValue(service, out var jsonService))
            await HandleJsonAsync(http, jsonService, auth, body, requestId);
        else
            await WriteAsync(http, 400, JsonResponse.ContentType,
                JsonResponse.Error(new AwsException("UnknownService", 400, $"LocalAws does not emulate service '{service}'.")));
    }

    private async Task HandleQueryAsync(HttpContext http, QueryService service, SigV4Authorization? auth, byte[] body, string requestId)
    {
        var form = Encoding.UTF8.GetString(body);
        var query = http.Request.QueryString.HasValue ? http.Request.QueryString.Value!.TrimStart('?') : "";
        var parameters = QueryParameters.Parse(string.IsNullOrEmpty(query) ? form : query + "&" + form);
        string operation = parameters.Get("Action") ?? "";
        string? callerArn = null;
        try
        {
            await ApplyFaultsAsync(service.Name, operation);
            if (!service.Has(operation)) throw Errors.InvalidAction(operation);
            string xml;
            lock (emulator.World.Gate)
            {
                var call = Authenticate(http, service.Name, operation, auth, body, true, service.AccessDeniedCode, c => callerArn = c) with
                {
                    Query = parameters,
                };
                xml = service.Success(operation, service.Invoke(operation, call), requestId);
            }
            Log(service.Name, operation, callerArn, 200, null);
            await WriteAsync(http, 200, "text/xml", xml);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            var e = AsAwsError(service.Name, operation, failure);
            Log(service.Name, operation, callerArn, e.Status, e.Code);
            await WriteAsync(http, e.Status, "text/xml", service.Error(e, requestId));
        }
    }

    private async Task HandleJsonAsync(HttpContext http, JsonService service, SigV4Authorization? auth, byte[] body, string requestId)
    {
        string target = http.Request.Headers["X-Amz-Target"].ToString();
        string operation = target.StartsWith(service.TargetPrefix + ".", StringComparison.Ordinal)
            ? target[(service.TargetPrefix.Length + 1)..]
            : target;
        string? callerArn = null;
        try
        {
            await ApplyFaultsAsync(service.Name, operation);
            if (!service.Has(operation)) throw Errors.Json("UnknownOperationException", $"Unknown operation {target}");
            var input = ParseJson(body, service.ValidationErrorCode);
            string json;
            lock (emulator.World.Gate)
            {
                var call = Authenticate(http, service.Name, operation, auth, body, false, service.AccessDeniedCode, c => callerArn = c) with
                {
                    Json = input,
                };
                json = service.Invoke(operation, call).ToJsonString();
            }
            Log(service.Name, operation, callerArn, 200, null);
            await WriteAsync(http, 200, JsonResponse.ContentType, json);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            var e = AsAwsError(service.Name, operation, failure);
            Log(service.Name, operation, callerArn, e.Status, e.Code);
            await WriteAsync(http, e.Status, JsonResponse.ContentType, JsonResponse.Error(e));
        }
    }

    /// <summary>AWS errors pass through; anything else is a bug in the emulator, answered as the service's 500 and told on stderr.</summary>
    private static AwsException AsAwsError(string service, string operation, Exception failure)
    {
        if (failure is AwsException aws) return aws;
        Console.Error.WriteLine($"LocalAws: {service}:{operation} failed: {failure}");
        return ProtocolErrors.Internal(service);
    }

    private static JsonInput ParseJson(byte[] body, string validationCode)
    {
        if (body.Length == 0) return new JsonInput(new JsonObject(), validationCode);
        try
        {
            return JsonNode.Parse(body) is JsonObject o
                ? new JsonInput(o, validationCode)
                : throw Errors.Json("SerializationException", "Request body must be a JSON object.");
        }
        catch (JsonException)
        {
            throw Errors.Json("SerializationException", "Start of structure or map found where not expected.");
        }
    }

    private ServiceCall Authenticate(HttpContext http, string service, string operation, SigV4Authorization? auth,
        byte[] body, bool query, string accessDeniedCode, Action<string> onCaller)
    {
        if (auth is null) throw ProtocolErrors.MissingToken(query);
        var world = emulator.World;
        var now = emulator.Clock.UtcNow;
        string? token = http.Request.Headers["X-Amz-Security-Token"].FirstOrDefault();
        var (caller, secret) = PrincipalResolver.Resolve(world, auth.AccessKeyId, token, now, query);
        onCaller(caller.Arn);
        var signed = new SignedRequest(http.Request.Method, http.Request.Path.Value ?? "/",
            HttpRequestSigner.ParseQuery(http.Request.QueryString.Value ?? ""), SignedHeaders(http.Request, auth), auth,
            http.Request.Headers["X-Amz-Date"].ToString(),
            http.Request.Headers["X-Amz-Content-Sha256"].FirstOrDefault() ?? SigV4.HashHex(body));
        string expected = emulator.SignatureCalculator.Signature(signed, secret);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(auth.Signature)))
            throw ProtocolErrors.SignatureMismatch(query);
        var calledVia = http.Request.Headers[CalledViaHeader].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ServiceCall
        {
            World = world, Caller = caller, Now = now, Service = service, Operation = operation, Region = auth.Scope.Region,
            CalledVia = calledVia, Authorizer = emulator.Authorizer, Faults = emulator.Faults,
            AccessDeniedCode = accessDeniedCode,
        };
    }

    private static List<KeyValuePair<string, string>> SignedHeaders(HttpRequest request, SigV4Authorization auth)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var name in auth.SignedHeaders.Split(';'))
        {
            foreach (var value in request.Headers[name]) headers.Add(new(name, value ?? ""));
        }
        return headers;
    }

    private async Task ApplyFaultsAsync(string service, string operation)
    {
        var decision = emulator.Faults.Decide(service, operation);
        if (decision.Delay > TimeSpan.Zero) await Task.Delay(decision.Delay);
        if (decision.Error == FaultKind.Throttle) throw ProtocolErrors.Throttled(service);
        if (decision.Error == FaultKind.ServerError) throw ProtocolErrors.Internal(service);
    }

    private void Log(string service, string operation, string? caller, int status, string? error) =>
        emulator.Requests.Add(new RequestLogEntry(emulator.Clock.UtcNow, service, operation, caller, status, error));

    private static string ServiceWithoutSignature(HttpRequest request, byte[] body)
    {
        string target = request.Headers["X-Amz-Target"].ToString();
        if (target.StartsWith("AmazonSSM.", StringComparison.Ordinal)) return "ssm";
        if (target.StartsWith("AWSOrganizations", StringComparison.Ordinal)) return "organizations";
        if (target.StartsWith("AWSEC2InstanceConnectService.", StringComparison.Ordinal)) return "ec2-instance-connect";
        string form = Encoding.UTF8.GetString(body) + "&" + request.QueryString.Value;
        if (form.Contains("Version=2016-11-15", StringComparison.Ordinal)) return "ec2";
        return form.Contains("Version=2011-06-15", StringComparison.Ordinal) ? "sts" : "iam";
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static Task WriteAsync(HttpContext http, int status, string contentType, string body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        return http.Response.WriteAsync(body);
    }
}
