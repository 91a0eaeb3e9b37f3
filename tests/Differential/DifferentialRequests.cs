using System;
using System.Collections.Generic;
using System.Linq;
using OsAccess.Core.Evaluation;

namespace OsAccess.Differential
{
    /// <summary>Turns generated cases into evaluation requests, compiling each distinct policy text once.</summary>
    public sealed class DifferentialRequests
    {
        private readonly Dictionary<string, CompiledPolicy> compiled = new Dictionary<string, CompiledPolicy>(StringComparer.Ordinal);

        /// <summary>Builds the request and fills <see cref="DifferentialCase.Context"/> with what the oracle must be told (it derives nothing).</summary>
        public EvaluationRequest Build(DifferentialCase @case)
        {
            var builder = new RequestContextBuilder(@case.Principal).At(CorpusGenerator.Now);
            foreach (var pair in @case.Extra)
            {
                if (pair.Key.StartsWith("aws:PrincipalTag/", StringComparison.OrdinalIgnoreCase)) builder.WithPrincipalTag(pair.Key.Substring("aws:PrincipalTag/".Length), pair.Value[0]);
                else builder.With(pair.Key, pair.Value);
            }
            var context = builder.Build();
            @case.Context = context.Values.ToDictionary(
                pair => pair.Key,
                pair => CorpusGenerator.IsMultivalued(pair.Key) ? (object)pair.Value : pair.Value[0]);
            return new EvaluationRequest
            {
                Action = @case.Action,
                Resource = @case.Resource,
                ResourceAccount = @case.ResourceAccount,
                Context = context,
                IdentityPolicies = @case.Identity.Select(Compile).ToArray(),
                PermissionsBoundary = @case.Boundary == null ? null : CompiledPolicy.Combine("boundary", @case.Boundary.Select(Compile).ToArray()),
                ResourcePolicy = @case.ResourcePolicy == null ? null : Compile(@case.ResourcePolicy),
                ServiceControlPolicies = @case.Scp.Select(level => new OrganizationLevel(level.Target, level.Policies.Select(Compile).ToArray())).ToArray(),
            };
        }

        private CompiledPolicy Compile(string json)
        {
            if (!compiled.TryGetValue(json, out var policy))
            {
                policy = CompiledPolicy.Parse(json, $"policy-{compiled.Count}");
                compiled.Add(json, policy);
            }
            return policy;
        }
    }
}
