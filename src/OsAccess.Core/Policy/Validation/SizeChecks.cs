namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// The policy's size against its type's quota (<see cref="PolicySizeLimits"/>): over it is an error; within 10% of it a
    /// warning; a trust policy over the default 2,048 but within the 4,096 a quota increase allows is a warning that names the increase.
    /// </summary>
    internal static class SizeChecks
    {
        private const double NearLimitShare = 0.9;

        public static void Check(ValidationContext context, PolicySize size)
        {
            var position = context.Document.Position;
            var info = size.LimitInfo;
            if (info.Limit == null) return;
            var limit = info.Limit.Value;
            var counted = info.CountsWhitespace ? "characters, white space included" : "characters, white space not counted";
            var aggregate = context.Type == PolicyType.UserInline || context.Type == PolicyType.GroupInline || context.Type == PolicyType.RoleInline
                ? " (the quota is for all inline policies of the entity together)"
                : string.Empty;

            if (info.RaisableTo != null && size.Written > limit && size.Written <= info.RaisableTo)
            {
                context.Report(PolicyFindingRules.TrustSizeAboveDefault, position,
                    $"The policy is {size.Written} {counted}, over the default quota of {limit}: request an increase of the IAM quota \"{info.QuotaName}\" (up to {info.RaisableTo}) in Service Quotas before writing it, or shorten it.");
                return;
            }
            var hardLimit = info.RaisableTo ?? limit;
            if (size.Written > hardLimit)
            {
                var minifyHint = info.CountsWhitespace && size.Minified != null && size.Minified <= hardLimit
                    ? $" Written without white space it is {size.Minified}, which fits: send it minified."
                    : $" {Capitalized(SizeAdvice.For(context.Type))}.";
                context.Report(PolicyFindingRules.SizeExceeded, position,
                    $"The policy is {size.Written} {counted}, over the {hardLimit} allowed for {PolicyTypeRules.Describe(context.Type)}{aggregate}.{minifyHint}");
                return;
            }
            if (size.Written > limit * NearLimitShare)
            {
                context.Report(PolicyFindingRules.SizeNearLimit, position,
                    $"The policy is {size.Written} {counted}, within 10% of the {limit} allowed for {PolicyTypeRules.Describe(context.Type)}{aggregate}: leave room for later changes; past it, {SizeAdvice.For(context.Type)}.");
            }
        }

        private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
