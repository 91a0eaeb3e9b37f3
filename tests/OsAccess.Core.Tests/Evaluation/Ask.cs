using System;
using System.Collections.Generic;
using OsAccess.Core.Evaluation;

namespace OsAccess.Core.Tests.Evaluation
{
    /// <summary>Builds evaluation requests for tests with little ceremony.</summary>
    internal static class Ask
    {
        public static readonly DateTimeOffset Noon = new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

        public static CompiledPolicy Policy(string json, string name = "test") => CompiledPolicy.Parse(json, name);

        /// <summary>A one-statement identity policy: Allow action on resource under the given Condition JSON (or none).</summary>
        public static CompiledPolicy Allow(string action, string resource = "*", string? condition = null) =>
            Policy($"{{\"Version\":\"2012-10-17\",\"Statement\":[{{\"Effect\":\"Allow\",\"Action\":\"{action}\",\"Resource\":\"{resource}\"{(condition == null ? "" : ",\"Condition\":" + condition)}}}]}}");

        public static CompiledPolicy Deny(string action, string resource = "*", string? condition = null) =>
            Policy($"{{\"Version\":\"2012-10-17\",\"Statement\":[{{\"Effect\":\"Deny\",\"Action\":\"{action}\",\"Resource\":\"{resource}\"{(condition == null ? "" : ",\"Condition\":" + condition)}}}]}}");

        public static RequestContextBuilder Caller(string arn = "arn:aws:iam::111122223333:user/alice") => new RequestContextBuilder(arn).At(Noon);

        public static EvaluationRequest Request(string action, string resource, RequestContext context, params CompiledPolicy[] identity) =>
            new EvaluationRequest { Action = action, Resource = resource, Context = context, IdentityPolicies = identity };

        /// <summary>Decision of a single identity policy for a user in account 111122223333 with the given context.</summary>
        public static Decision Decide(CompiledPolicy identity, string action, string resource, Func<RequestContextBuilder, RequestContextBuilder>? context = null)
        {
            var builder = Caller();
            if (context != null) builder = context(builder);
            return PolicyEvaluator.Decide(Request(action, resource, builder.Build(), identity));
        }

        public static OrganizationLevel Level(string target, params CompiledPolicy[] policies) => new OrganizationLevel(target, policies);

        public static IReadOnlyList<OrganizationLevel> Path(params OrganizationLevel[] levels) => levels;

        public const string FullAwsAccess = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
    }
}
