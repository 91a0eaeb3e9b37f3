using System;

namespace OsAccess.Aws.Http
{
    /// <summary>One attempt at one AWS call, as shown by <c>-Verbose</c>. Holds no secret, token or signature.</summary>
    public sealed class AwsCallRecord
    {
        public AwsCallRecord(string service, string operation, string? account, string region, int attempt, TimeSpan latency, int? statusCode, string? errorCode)
        {
            Service = service;
            Operation = operation;
            Account = account;
            Region = region;
            Attempt = attempt;
            Latency = latency;
            StatusCode = statusCode;
            ErrorCode = errorCode;
        }

        public string Service { get; }

        public string Operation { get; }

        /// <summary>The account the call acts in, when known.</summary>
        public string? Account { get; }

        public string Region { get; }

        public int Attempt { get; }

        public TimeSpan Latency { get; }

        /// <summary>HTTP status, or null when no answer came (connection failure, cancellation).</summary>
        public int? StatusCode { get; }

        public string? ErrorCode { get; }

        public override string ToString() =>
            $"{Service} {Operation} account={Account ?? "-"} region={Region} attempt={Attempt} latency={Latency.TotalMilliseconds:0}ms " +
            (StatusCode.HasValue ? $"status={StatusCode}" : "status=none") + (ErrorCode != null ? $" error={ErrorCode}" : string.Empty);
    }
}
