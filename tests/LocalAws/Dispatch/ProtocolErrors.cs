using LocalAws.Protocol;

namespace LocalAws.Dispatch;

/// <summary>Authentication, throttling and server errors, spelled as each protocol spells them.</summary>
public static class ProtocolErrors
{
    public static AwsException MissingToken(bool query) => query
        ? new("MissingAuthenticationToken", 403, "Request is missing Authentication Token")
        : new("MissingAuthenticationTokenException", 400, "Missing Authentication Token");

    public static AwsException InvalidToken(bool query) => query
        ? new("InvalidClientTokenId", 403, "The security token included in the request is invalid.")
        : new("UnrecognizedClientException", 400, "The security token included in the request is invalid.");

    public static AwsException ExpiredToken(bool query) => query
        ? new("ExpiredToken", 400, "The security token included in the request is expired")
        : new("ExpiredTokenException", 400, "The security token included in the request is expired");

    public static AwsException SignatureMismatch(bool query) => new(query ? "SignatureDoesNotMatch" : "InvalidSignatureException",
        query ? 403 : 400,
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");

    public static AwsException Throttled(string service) => service switch
    {
        "organizations" => new("TooManyRequestsException", 400, "Rate exceeded"),
        "ssm" or "ec2-instance-connect" => new("ThrottlingException", 400, "Rate exceeded"),
        "ec2" => new("RequestLimitExceeded", 503, "Request limit exceeded."),
        "sns" => new("Throttled", 400, "Rate exceeded"),
        _ => new("Throttling", 400, "Rate exceeded"),
    };

    public static AwsException Internal(string service) => service switch
    {
        "organizations" => new("ServiceException", 500, "AWS Organizations can't complete your request because of an internal service error. Try again later.", false),
        "ssm" => new("InternalServerError", 500, "An error occurred on the server side.", false),
        "ec2-instance-connect" => new("ServiceException", 500, "The service encountered an error. Follow the instructions in the error message and try again.", false),
        "ec2" => new("InternalError", 500, "An internal error has occurred.", false),
        "sns" => new("InternalError", 500, "An internal service error occurred.", false),
        _ => new("ServiceFailure", 500, "An internal error occurred.", false),
    };
}
