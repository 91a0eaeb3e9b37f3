using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using LocalAws.Infrastructure;
using LocalAws.Protocol;
using LocalAws.State;
using Microsoft.AspNetCore.Http;

namespace LocalAws.Services.Sso;

/// <summary>
/// The IAM Identity Center portal's GetRoleCredentials (REST-JSON, no SigV4): <c>GET /federation/credentials?account_id=…&amp;role_name=…</c>
/// with the access token of a sign-in in <c>x-amz-sso_bearer_token</c>. Answers the credentials of a session of that role in
/// that account, named after the signed-in user, as Identity Center does for the role of a permission set.
/// </summary>
public sealed class SsoPortal
{
    public const string Path = "/federation/credentials";
    public const string TokenHeader = "x-amz-sso_bearer_token";
    private const string Service = "sso";
    private const string Operation = "GetRoleCredentials";

    private readonly Emulator emulator;

    public SsoPortal(Emulator emulator) => this.emulator = emulator;

    public static bool Handles(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && string.Equals(request.Path.Value, Path, StringComparison.Ordinal);

    public async Task HandleAsync(HttpContext http)
    {
        string? caller = null;
        try
        {
            var decision = emulator.Faults.Decide(Service, Operation);
            if (decision.Delay > TimeSpan.Zero) await Task.Delay(decision.Delay);
            if (decision.Error == FaultKind.Throttle) throw new AwsException("TooManyRequestsException", 429, "Rate exceeded");
            if (decision.Error == FaultKind.ServerError) throw new AwsException("InternalServerException", 500, "An internal error occurred.", false);
            JsonObject answer;
            lock (emulator.World.Gate)
            {
                var session = Issue(http.Request, emulator.World, emulator.Clock.UtcNow);
                caller = session.Arn;
                answer = new JsonObject
                {
                    ["roleCredentials"] = new JsonObject
                    {
                        ["accessKeyId"] = session.AccessKeyId,
                        ["secretAccessKey"] = session.SecretAccessKey,
                        ["sessionToken"] = session.SessionToken,
                        ["expiration"] = session.Expiration.ToUnixTimeMilliseconds(),
                    },
                };
            }
            Log(caller, 200, null);
            await Write(http, 200, answer);
        }
        catch (AwsException e)
        {
            Log(caller, e.Status, e.Code);
            http.Response.Headers["x-amzn-ErrorType"] = e.Code;
            await Write(http, e.Status, new JsonObject { ["message"] = e.Message });
        }
    }

    private static StsSession Issue(HttpRequest request, World world, DateTimeOffset now)
    {
        string? accountId = request.Query["account_id"].FirstOrDefault();
        string? roleName = request.Query["role_name"].FirstOrDefault();
        string? token = request.Headers[TokenHeader].FirstOrDefault();
        if (string.IsNullOrEmpty(accountId) || string.IsNullOrEmpty(roleName) || string.IsNullOrEmpty(token))
            throw new AwsException("InvalidRequestException", 400, "account_id, role_name and the x-amz-sso_bearer_token header are required.");
        if (!world.SsoSignIns.TryGetValue(token, out var signIn) || now >= signIn.ExpiresAt)
            throw new AwsException("UnauthorizedException", 401, "Session token not found or invalid");
        if (!world.Accounts.TryGetValue(accountId, out var account) || !account.Roles.TryGetValue(roleName, out var role) || role.VisibleFrom > now)
            throw new AwsException("ForbiddenException", 403, "No access");

        var session = new StsSession
        {
            AccessKeyId = IdGenerator.AccessKeyId("ASIA"), SecretAccessKey = IdGenerator.Secret(), SessionToken = IdGenerator.SessionToken(),
            AccountId = role.AccountId, RoleName = role.Name, RoleArn = role.Arn, RoleId = role.Id, SessionName = signIn.UserName,
            IssuedAt = now, Expiration = now.AddSeconds(role.MaxSessionDuration),
        };
        world.StsSessions[session.AccessKeyId] = session;
        return session;
    }

    private void Log(string? caller, int status, string? error) =>
        emulator.Requests.Add(new RequestLogEntry(emulator.Clock.UtcNow, Service, Operation, caller, status, error));

    private static Task Write(HttpContext http, int status, JsonNode body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(body.ToJsonString());
    }
}
