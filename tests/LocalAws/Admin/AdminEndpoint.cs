using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using LocalAws.Infrastructure;
using LocalAws.Protocol;
using LocalAws.Seeding;
using Microsoft.AspNetCore.Http;

namespace LocalAws.Admin;

/// <summary>
/// Test controls under /_localaws (never called by SDKs):
/// GET health; POST reset (to the starting seed, or to the seed JSON in the body); GET/POST clock {"set": ISO-8601} or {"advanceSeconds": n};
/// GET/POST/DELETE faults (a FaultRule as JSON); GET/DELETE requests (log and per-operation counts);
/// GET organization (the root's id, and each OU's and account's id by name, for tests that seed by name);
/// POST sso/tokens {"userName": …, "accessToken"?: …, "expiresInSeconds"?: n}: an IAM Identity Center sign-in, as `aws sso login` makes one;
/// GET sns/messages: every message published to an SNS topic, oldest first.
/// </summary>
public sealed class AdminEndpoint
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly Emulator emulator;

    public AdminEndpoint(Emulator emulator) => this.emulator = emulator;

    public async Task HandleAsync(HttpContext http)
    {
        string path = http.Request.Path.Value!["/_localaws".Length..].Trim('/');
        string method = http.Request.Method;
        string body = await new StreamReader(http.Request.Body).ReadToEndAsync();
        try
        {
            JsonNode? answer = (path, method) switch
            {
                ("health", "GET") => new JsonObject { ["status"] = "ok" },
                ("reset", "POST") => Reset(body),
                ("clock", "GET") => ClockState(),
                ("clock", "POST") => SetClock(body),
                ("faults", "GET") => JsonSerializer.SerializeToNode(emulator.Faults.Rules(), Json),
                ("faults", "POST") => AddFault(body),
                ("faults", "DELETE") => ClearFaults(),
                ("requests", "GET") => RequestsState(),
                ("requests", "DELETE") => ClearRequests(),
                ("sso/tokens", "POST") => SignIn(body),
                ("organization", "GET") => OrganizationIds(),
                ("sns/messages", "GET") => SnsMessages(),
                _ => null,
            };
            if (answer is null)
            {
                await Write(http, 404, new JsonObject { ["error"] = $"No admin operation {method} /_localaws/{path}" });
                return;
            }
            await Write(http, 200, answer);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidDataException)
        {
            await Write(http, 400, new JsonObject { ["error"] = e.Message });
        }
    }

    private JsonNode Reset(string body)
    {
        emulator.Reset(string.IsNullOrWhiteSpace(body) ? null : DefaultSeed.Parse(body));
        return new JsonObject { ["status"] = "reset" };
    }

    private JsonObject ClockState() => new() { ["now"] = Xml.Iso(emulator.Clock.UtcNow) };

    private JsonNode SetClock(string body)
    {
        var request = JsonNode.Parse(body) as JsonObject ?? throw new FormatException("Expected a JSON object.");
        if (request["set"] is JsonNode set)
            emulator.Clock.Set(DateTimeOffset.Parse(set.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        else if (request["advanceSeconds"] is JsonNode seconds)
            emulator.Clock.Advance(TimeSpan.FromSeconds(seconds.GetValue<double>()));
        else
            throw new FormatException("Expected {\"set\": \"2030-01-01T00:00:00Z\"} or {\"advanceSeconds\": 60}.");
        return ClockState();
    }

    private JsonNode SignIn(string body)
    {
        var request = JsonNode.Parse(body) as JsonObject ?? throw new FormatException("Expected a JSON object.");
        string userName = request["userName"]?.GetValue<string>() ?? throw new FormatException("Expected {\"userName\": \"alice@example.com\"}.");
        var signIn = new State.SsoSignIn
        {
            UserName = userName,
            AccessToken = request["accessToken"]?.GetValue<string>() ?? "sso-" + IdGenerator.Secret(),
            ExpiresAt = emulator.Clock.UtcNow.AddSeconds(request["expiresInSeconds"]?.GetValue<double>() ?? 8 * 3600),
        };
        lock (emulator.World.Gate) emulator.World.SsoSignIns[signIn.AccessToken] = signIn;
        return new JsonObject { ["accessToken"] = signIn.AccessToken, ["userName"] = signIn.UserName, ["expiresAt"] = Xml.Iso(signIn.ExpiresAt) };
    }

    private JsonNode OrganizationIds()
    {
        lock (emulator.World.Gate)
        {
            var org = emulator.World.Organization ?? throw new ArgumentException("The world has no organization.");
            var units = new JsonObject();
            foreach (var unit in org.Units.Values) units[unit.Name] = unit.Id;
            var accounts = new JsonObject();
            foreach (var account in org.Accounts.Values) accounts[account.Name] = account.Id;
            return new JsonObject { ["rootId"] = org.RootId, ["organizationalUnits"] = units, ["accounts"] = accounts };
        }
    }

    private JsonNode SnsMessages()
    {
        lock (emulator.World.Gate)
        {
            return new JsonArray(emulator.World.SnsMessages.Select(m => (JsonNode?)new JsonObject
            {
                ["messageId"] = m.MessageId, ["topicArn"] = m.TopicArn, ["subject"] = m.Subject, ["message"] = m.Message,
                ["publisher"] = m.PublisherArn, ["time"] = Xml.Iso(m.PublishedAt),
            }).ToArray());
        }
    }

    private JsonNode AddFault(string body)
    {
        var rule = JsonSerializer.Deserialize<FaultRule>(body, Json) ?? throw new FormatException("Expected a fault rule.");
        emulator.Faults.Add(rule);
        return JsonSerializer.SerializeToNode(emulator.Faults.Rules(), Json)!;
    }

    private JsonNode ClearFaults()
    {
        emulator.Faults.Clear();
        return new JsonArray();
    }

    private JsonNode RequestsState()
    {
        var counts = new JsonObject();
        foreach (var (op, n) in emulator.Requests.Counts()) counts[op] = n;
        var entries = new JsonArray(emulator.Requests.Entries().Select(e => (JsonNode?)new JsonObject
        {
            ["time"] = Xml.Iso(e.Time), ["service"] = e.Service, ["operation"] = e.Operation, ["caller"] = e.Caller,
            ["status"] = e.Status, ["error"] = e.ErrorCode,
        }).ToArray());
        return new JsonObject { ["total"] = emulator.Requests.Total(), ["counts"] = counts, ["entries"] = entries };
    }

    private JsonNode ClearRequests()
    {
        emulator.Requests.Clear();
        return new JsonObject { ["total"] = 0 };
    }

    private static Task Write(HttpContext http, int status, JsonNode body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(body.ToJsonString());
    }
}
