using System;

namespace OsAccess.Core.Aws
{
    /// <summary>
    /// An ARN read into its parts, arn:partition:service:region:account-id:resource ("Amazon Resource Names (ARNs)"). The
    /// resource part may hold colons of its own; region and account may be empty. Nothing here checks what a part holds:
    /// <see cref="Policy.Validation.ArnFormat"/> does that for policies.
    /// </summary>
    public readonly struct Arn
    {
        private const string Prefix = "arn:";

        private Arn(string partition, string service, string region, string account, string resource)
        {
            Partition = partition;
            Service = service;
            Region = region;
            Account = account;
            Resource = resource;
        }

        public string Partition { get; }

        public string Service { get; }

        public string Region { get; }

        /// <summary>The account-id part as written: 12 digits, "aws", a wildcard, or empty.</summary>
        public string Account { get; }

        /// <summary>Everything after the account, e.g. role/path/name.</summary>
        public string Resource { get; }

        /// <summary>Reads <paramref name="text"/> as an ARN; false when it does not start with "arn:" or has fewer than six parts.</summary>
        public static bool TryParse(string? text, out Arn arn)
        {
            arn = default;
            if (!TryFindParts(text, out var service, out var region, out var account, out var resource)) return false;
            arn = new Arn(
                text!.Substring(Prefix.Length, service - 1 - Prefix.Length),
                text.Substring(service, region - 1 - service),
                text.Substring(region, account - 1 - region),
                text.Substring(account, resource - 1 - account),
                text.Substring(resource));
            return true;
        }

        /// <summary>The account-id part of an ARN, or null when <paramref name="text"/> is not an ARN.</summary>
        public static string? AccountOf(string? text) =>
            TryFindParts(text, out _, out _, out var account, out var resource) ? text!.Substring(account, resource - 1 - account) : null;

        /// <summary>Where the account-id part of an ARN stands in <paramref name="text"/>, found without allocating.</summary>
        public static bool TryFindAccount(string? text, out int start, out int length)
        {
            length = 0;
            if (!TryFindParts(text, out _, out _, out start, out var resource)) return false;
            length = resource - 1 - start;
            return true;
        }

        // The start of each part after the partition; the partition starts after "arn:".
        private static bool TryFindParts(string? text, out int service, out int region, out int account, out int resource)
        {
            service = region = account = resource = 0;
            if (text == null || !text.StartsWith(Prefix, StringComparison.Ordinal)) return false;
            service = text.IndexOf(':', Prefix.Length) + 1;
            if (service == 0) return false;
            region = text.IndexOf(':', service) + 1;
            if (region == 0) return false;
            account = text.IndexOf(':', region) + 1;
            if (account == 0) return false;
            resource = text.IndexOf(':', account) + 1;
            return resource != 0;
        }

        public override string ToString() => $"{Prefix}{Partition}:{Service}:{Region}:{Account}:{Resource}";
    }
}
