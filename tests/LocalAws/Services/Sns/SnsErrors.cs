using LocalAws.Protocol;

namespace LocalAws.Services.Sns;

/// <summary>SNS's error codes: InvalidParameter (400) and NotFound (404).</summary>
public static class SnsErrors
{
    public static AwsException InvalidParameter(string detail) => new("InvalidParameter", 400, "Invalid parameter: " + detail);

    public static AwsException TopicNotFound() => new("NotFound", 404, "Topic does not exist");
}
