using System;
using System.Linq;

namespace OsAccess.Aws.Signing
{
    /// <summary>The value of a SigV4 <c>Authorization</c> header, formatted or parsed.</summary>
    public sealed class SigV4Authorization
    {
        public SigV4Authorization(string accessKeyId, SigV4Scope scope, string signedHeaders, string signature)
        {
            AccessKeyId = accessKeyId;
            Scope = scope;
            SignedHeaders = signedHeaders;
            Signature = signature;
        }

        public string AccessKeyId { get; }

        public SigV4Scope Scope { get; }

        /// <summary>Lower-case header names joined by <c>;</c>.</summary>
        public string SignedHeaders { get; }

        public string Signature { get; }

        public override string ToString() =>
            SigV4.Algorithm + " Credential=" + AccessKeyId + "/" + Scope + ", SignedHeaders=" + SignedHeaders + ", Signature=" + Signature;

        /// <summary>Parses <c>AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…</c>; null when malformed.</summary>
        public static SigV4Authorization? TryParse(string? header)
        {
            if (header == null || !header.StartsWith(SigV4.Algorithm + " ", StringComparison.Ordinal))
            {
                return null;
            }

            string? credential = null, signedHeaders = null, signature = null;
            foreach (string part in header.Substring(SigV4.Algorithm.Length + 1).Split(',').Select(p => p.Trim()))
            {
                int equals = part.IndexOf('=');
                if (equals <= 0)
                {
                    return null;
                }

                string value = part.Substring(equals + 1);
                switch (part.Substring(0, equals))
                {
                    case "Credential": credential = value; break;
                    case "SignedHeaders": signedHeaders = value; break;
                    case "Signature": signature = value; break;
                    default: return null;
                }
            }

            string[]? fields = credential?.Split('/');
            if (fields == null || fields.Length != 5 || fields[4] != SigV4Scope.Terminator
                || string.IsNullOrEmpty(signedHeaders) || string.IsNullOrEmpty(signature))
            {
                return null;
            }

            return new SigV4Authorization(fields[0], new SigV4Scope(fields[1], fields[2], fields[3]), signedHeaders!, signature!);
        }
    }
}
