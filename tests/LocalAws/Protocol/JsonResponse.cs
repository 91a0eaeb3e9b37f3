using System;
using System.Text.Json.Nodes;

namespace LocalAws.Protocol;

/// <summary>Renders JSON 1.1 (Organizations, SSM) answers and errors.</summary>
public static class JsonResponse
{
    public const string ContentType = "application/x-amz-json-1.1";

    public static string Error(AwsException error)
    {
        var body = new JsonObject { ["__type"] = error.Code, ["message"] = error.Message, ["Message"] = error.Message };
        if (error.Reason is not null) body["Reason"] = error.Reason;
        return body.ToJsonString();
    }

    public static double Epoch(DateTimeOffset value) => value.ToUnixTimeMilliseconds() / 1000.0;
}
