using System;

namespace OsAccess.Core.Time
{
    /// <summary>
    /// Tells the time: where <c>aws:CurrentTime</c> comes from in an evaluation, and when credentials are due for renewal
    /// or a retry gives up in the AWS layer. Tests substitute a clock they set or move by hand.
    /// </summary>
    public interface IClock
    {
        DateTimeOffset UtcNow { get; }
    }
}
