namespace LocalAws.Protocol;

/// <summary>Constructors for the errors the emulated services return, with AWS's codes and statuses.</summary>
public static class Errors
{
    public static AwsException Validation(string message) => new("ValidationError", 400, message);
    public static AwsException InvalidInput(string message) => new("InvalidInput", 400, message);
    public static AwsException NoSuchEntity(string message) => new("NoSuchEntity", 404, message);
    public static AwsException EntityAlreadyExists(string message) => new("EntityAlreadyExists", 409, message);
    public static AwsException LimitExceeded(string message) => new("LimitExceeded", 409, message);
    public static AwsException DeleteConflict(string message) => new("DeleteConflict", 409, message);
    public static AwsException MalformedPolicyDocument(string message) => new("MalformedPolicyDocument", 400, message);
    public static AwsException AccessDenied(string message) => new("AccessDenied", 403, message);
    public static AwsException InvalidAction(string action) => new("InvalidAction", 400, $"Could not find operation {action} for version.");

    public static AwsException Json(string type, string message, int status = 400) => new(type, status, message);

    public static AwsException OrgConstraint(string reason, string message) =>
        new("ConstraintViolationException", 400, message) { Reason = reason };
}
