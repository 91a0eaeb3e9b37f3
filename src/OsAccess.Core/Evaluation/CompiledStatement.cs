using System;
using System.Collections.Generic;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Evaluation
{
    /// <summary>One statement with its matchers and conditions built once.</summary>
    internal sealed class CompiledStatement
    {
        private readonly ActionMatcher actions;
        private readonly ResourceMatcher resources;
        private readonly PrincipalMatcher? principal;
        private readonly bool notPrincipal;
        private readonly CompiledCondition[] conditions;

        private CompiledStatement(PolicyStatement source, int index, PolicyEffect effect, ActionMatcher actions, ResourceMatcher resources, PrincipalMatcher? principal, bool notPrincipal, CompiledCondition[] conditions)
        {
            Source = source;
            Index = index;
            Effect = effect;
            this.actions = actions;
            this.resources = resources;
            this.principal = principal;
            this.notPrincipal = notPrincipal;
            this.conditions = conditions;
        }

        public PolicyStatement Source { get; }

        /// <summary>0-based position among the policy's statements.</summary>
        public int Index { get; }

        public PolicyEffect Effect { get; }

        public static CompiledStatement Compile(PolicyStatement statement, int index, bool variables)
        {
            var effect = statement.EffectValue ?? throw new PolicyParseException(
                $"Statement {index + 1}: \"Effect\" must be \"Allow\" or \"Deny\" (case-sensitive), not \"{statement.Effect?.Value}\".",
                statement.PositionOf("Effect"));
            ActionMatcher actions;
            if (statement.Action != null) actions = new ActionMatcher(Texts(statement.Action), negated: false);
            else if (statement.NotAction != null) actions = new ActionMatcher(Texts(statement.NotAction), negated: true);
            else throw new PolicyParseException($"Statement {index + 1} has neither \"Action\" nor \"NotAction\".", statement.Position);
            ResourceMatcher resources;
            if (statement.Resource != null) resources = new ResourceMatcher(Texts(statement.Resource), negated: false, variables);
            else if (statement.NotResource != null) resources = new ResourceMatcher(Texts(statement.NotResource), negated: true, variables);
            else resources = ResourceMatcher.Any;
            PrincipalMatcher? principal = null;
            if (statement.Principal != null) principal = new PrincipalMatcher(statement.Principal);
            else if (statement.NotPrincipal != null) principal = new PrincipalMatcher(statement.NotPrincipal);
            var conditions = new CompiledCondition[statement.Conditions.Count];
            for (var i = 0; i < conditions.Length; i++) conditions[i] = CompiledCondition.Compile(statement.Conditions[i], variables);
            return new CompiledStatement(statement, index, effect, actions, resources, principal, statement.NotPrincipal != null, conditions);
        }

        /// <summary>
        /// Whether the statement applies to the request, and how its Principal names the caller. With
        /// <paramref name="checkPrincipal"/> false (identity policies, boundaries, session policies, SCPs) the
        /// Principal element is not consulted and an applying statement reports <see cref="PrincipalMatch.Exact"/>.
        /// </summary>
        /// <param name="callerHasBoundary">
        /// The caller has a permissions boundary: a Deny with NotPrincipal then applies to it whatever NotPrincipal
        /// lists (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html).
        /// </param>
        /// <param name="conditionsUnmet">True when the statement would apply but for its conditions.</param>
        public PrincipalMatch Applies(string action, string resource, RequestContext context, bool checkPrincipal, bool callerHasBoundary, EvaluationTrace? trace,
            out bool conditionsUnmet)
        {
            conditionsUnmet = false;
            if (!actions.Matches(action) || !resources.Matches(resource, context)) return PrincipalMatch.None;
            var principalMatch = PrincipalMatch.Exact;
            if (checkPrincipal)
            {
                if (principal == null) return PrincipalMatch.None;
                if (notPrincipal)
                {
                    var exempt = principal.Exempts(context.Caller) && !(callerHasBoundary && Effect == PolicyEffect.Deny);
                    principalMatch = exempt ? PrincipalMatch.None : PrincipalMatch.Everyone;
                }
                else principalMatch = principal.Match(context.Caller);
                if (principalMatch == PrincipalMatch.None) return PrincipalMatch.None;
            }
            var satisfied = true;
            foreach (var condition in conditions)
            {
                if (condition.IsSatisfied(context, trace)) continue;
                satisfied = false;
                if (trace == null) break;
            }
            conditionsUnmet = !satisfied;
            return satisfied ? principalMatch : PrincipalMatch.None;
        }

        /// <summary>Each condition the request does not meet, in words (<see cref="ConditionExplanation"/>); for explanations only.</summary>
        public IEnumerable<string> UnmetConditions(RequestContext context)
        {
            foreach (var condition in conditions)
            {
                if (!condition.IsSatisfied(context, null)) yield return ConditionExplanation.Why(condition, context);
            }
        }

        private static string[] Texts(System.Collections.Generic.IReadOnlyList<PolicyText> values)
        {
            var texts = new string[values.Count];
            for (var i = 0; i < texts.Length; i++) texts[i] = values[i].Value;
            return texts;
        }
    }
}
