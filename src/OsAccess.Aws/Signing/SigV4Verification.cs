namespace OsAccess.Aws.Signing
{
    /// <summary>The outcome of checking a received request's signature.</summary>
    public sealed class SigV4Verification
    {
        private SigV4Verification(bool isValid, string? errorCode, string message, SigV4Authorization? authorization)
        {
            IsValid = isValid;
            ErrorCode = errorCode;
            Message = message;
            Authorization = authorization;
        }

        public bool IsValid { get; }

        /// <summary>The AWS error code a service answers with (e.g. <c>SignatureDoesNotMatch</c>); null when valid.</summary>
        public string? ErrorCode { get; }

        public string Message { get; }

        /// <summary>The parsed header, when it could be parsed (access key, region, service).</summary>
        public SigV4Authorization? Authorization { get; }

        internal static SigV4Verification Valid(SigV4Authorization authorization) =>
            new SigV4Verification(true, null, "The signature is valid.", authorization);

        internal static SigV4Verification Invalid(string errorCode, string message, SigV4Authorization? authorization = null) =>
            new SigV4Verification(false, errorCode, message, authorization);
    }
}
