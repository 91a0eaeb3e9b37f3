using System;
using System.Collections.Generic;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Evaluation
{
    /// <summary>
    /// A policy ready to evaluate: every matcher and condition built once, so evaluating allocates nothing for
    /// policies without policy variables. Compile once and reuse for every request.
    /// </summary>
    public sealed class CompiledPolicy
    {
        private CompiledPolicy(string name, PolicyDocument document, CompiledStatement[] statements)
        {
            Name = name;
            Document = document;
            Statements = statements;
        }

        /// <summary>What explanations call the policy (a policy name, a file name, "policy 1", …).</summary>
        public string Name { get; }

        public PolicyDocument Document { get; }

        internal CompiledStatement[] Statements { get; }

        /// <summary>Compiles a parsed document. Throws <see cref="PolicyParseException"/> for what cannot be evaluated (unknown operators, bad values).</summary>
        public static CompiledPolicy Compile(PolicyDocument document, string name)
        {
            if (document == null) throw new ArgumentNullException(nameof(document));
            var variables = document.Version?.Value == PolicyDocument.CurrentVersion;
            var statements = new CompiledStatement[document.Statements.Count];
            for (var i = 0; i < statements.Length; i++) statements[i] = CompiledStatement.Compile(document.Statements[i], i, variables);
            return new CompiledPolicy(name, document, statements);
        }

        /// <summary>Parses and compiles JSON. Throws <see cref="PolicyParseException"/> with the position of the problem.</summary>
        public static CompiledPolicy Parse(string json, string name) => Compile(PolicyParser.Parse(json), name);

        /// <summary>
        /// Several documents acting as one policy (e.g. a permissions boundary given in parts): a statement of any of
        /// them applies as if they were one document.
        /// </summary>
        public static CompiledPolicy Combine(string name, IReadOnlyList<CompiledPolicy> policies)
        {
            if (policies.Count == 1) return policies[0];
            var statements = new List<CompiledStatement>();
            var documentStatements = new List<PolicyStatement>();
            foreach (var policy in policies)
            {
                statements.AddRange(policy.Statements);
                documentStatements.AddRange(policy.Document.Statements);
            }
            return new CompiledPolicy(name, new PolicyDocument { Statements = documentStatements }, statements.ToArray());
        }

        public override string ToString() => Name;
    }

    /// <summary>One level of an organization path (root, an OU, or the account) and the policies attached to it.</summary>
    public sealed class OrganizationLevel
    {
        public OrganizationLevel(string target, IReadOnlyList<CompiledPolicy> policies)
        {
            Target = target ?? throw new ArgumentNullException(nameof(target));
            Policies = policies ?? throw new ArgumentNullException(nameof(policies));
        }

        /// <summary>The root, OU or account id (<c>r-ab12</c>, <c>ou-ab12-cdef3456</c>, <c>111122223333</c>).</summary>
        public string Target { get; }

        public IReadOnlyList<CompiledPolicy> Policies { get; }
    }
}
