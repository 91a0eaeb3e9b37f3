using System;

namespace LocalAws.Protocol;

/// <summary>An AWS error: its code (e.g. NoSuchEntity), HTTP status and message, as the service returns it.</summary>
public sealed class AwsException : Exception
{
    public AwsException(string code, int status, string message, bool senderFault = true)
        : base(message)
    {
        Code = code;
        Status = status;
        SenderFault = senderFault;
    }

    public string Code { get; }
    public int Status { get; }
    public bool SenderFault { get; }

    /// <summary>Organizations' ConstraintViolationException and similar carry a reason.</summary>
    public string? Reason { get; init; }
}
