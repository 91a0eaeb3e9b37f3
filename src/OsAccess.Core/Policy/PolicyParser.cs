using System.Collections.Generic;
using OsAccess.Core.Policy.Json;

namespace OsAccess.Core.Policy
{
    /// <summary>
    /// Reads a policy's JSON into a <see cref="PolicyDocument"/>. Invalid JSON and breaches of the IAM policy
    /// grammar (unknown or repeated elements, values of the wrong JSON type) throw <see cref="PolicyParseException"/>
    /// with the line and column; whatever parses but IAM would still refuse is left to <see cref="Validation.PolicyValidator"/>.
    /// </summary>
    public static class PolicyParser
    {
        private static readonly string[] TopLevelElements = { "Version", "Id", "Statement" };

        private static readonly string[] StatementElements =
        {
            "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition",
        };

        public static PolicyDocument Parse(string json)
        {
            var root = JsonTextParser.Parse(json);
            if (!(root is JsonObject document))
            {
                throw new PolicyParseException($"A policy must be a JSON object ({{ … }}), not {KindName(root)}.", root.Position);
            }

            var members = IndexMembers(document, TopLevelElements, "policy");
            if (!members.TryGetValue("Statement", out var statementMember))
            {
                throw new PolicyParseException("The policy has no \"Statement\" element: add one statement or an array of statements.", document.Position);
            }

            return new PolicyDocument
            {
                Version = OptionalString(members, "Version"),
                Id = OptionalString(members, "Id"),
                Statements = ReadStatements(statementMember.Value),
                Position = document.Position,
                ElementPositions = Positions(members),
            };
        }

        /// <summary>Parses, and returns false with the problem instead of throwing.</summary>
        public static bool TryParse(string json, out PolicyDocument? document, out PolicyParseException? error)
        {
            try
            {
                document = Parse(json);
                error = null;
                return true;
            }
            catch (PolicyParseException e)
            {
                document = null;
                error = e;
                return false;
            }
        }

        private static IReadOnlyList<PolicyStatement> ReadStatements(JsonNode node)
        {
            switch (node)
            {
                case JsonObject single:
                    return new[] { ReadStatement(single) };
                case JsonArray array:
                    var statements = new List<PolicyStatement>();
                    foreach (var item in array.Items)
                    {
                        if (!(item is JsonObject statement))
                        {
                            throw new PolicyParseException($"Each statement must be a JSON object, not {KindName(item)}.", item.Position);
                        }
                        statements.Add(ReadStatement(statement));
                    }
                    return statements;
                default:
                    throw new PolicyParseException($"\"Statement\" must be an object or an array of objects, not {KindName(node)}.", node.Position);
            }
        }

        private static PolicyStatement ReadStatement(JsonObject statement)
        {
            var members = IndexMembers(statement, StatementElements, "statement");
            return new PolicyStatement
            {
                Sid = OptionalString(members, "Sid"),
                Effect = OptionalString(members, "Effect"),
                Principal = OptionalPrincipal(members, "Principal"),
                NotPrincipal = OptionalPrincipal(members, "NotPrincipal"),
                Action = OptionalStringList(members, "Action"),
                NotAction = OptionalStringList(members, "NotAction"),
                Resource = OptionalStringList(members, "Resource"),
                NotResource = OptionalStringList(members, "NotResource"),
                Conditions = members.TryGetValue("Condition", out var condition) ? ReadConditions(condition.Value) : new PolicyCondition[0],
                Position = statement.Position,
                ElementPositions = Positions(members),
            };
        }

        private static IReadOnlyList<PolicyCondition> ReadConditions(JsonNode node)
        {
            if (!(node is JsonObject block))
            {
                throw new PolicyParseException($"\"Condition\" must be an object of operators, not {KindName(node)}.", node.Position);
            }
            var conditions = new List<PolicyCondition>();
            var operators = new HashSet<string>();
            foreach (var op in block.Members)
            {
                if (!operators.Add(op.Name))
                {
                    throw new PolicyParseException($"The condition operator \"{op.Name}\" appears twice in one Condition block: merge its keys into one.", op.NamePosition);
                }
                if (!(op.Value is JsonObject keys))
                {
                    throw new PolicyParseException(
                        $"The condition operator \"{op.Name}\" must map condition keys to values, e.g. {{\"aws:CurrentTime\": \"…\"}}, not {KindName(op.Value)}.",
                        op.Value.Position);
                }
                var seenKeys = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
                foreach (var key in keys.Members)
                {
                    if (!seenKeys.Add(key.Name))
                    {
                        throw new PolicyParseException(
                            $"The condition key \"{key.Name}\" appears twice under \"{op.Name}\" (keys are case-insensitive): merge the values into one array.",
                            key.NamePosition);
                    }
                    conditions.Add(new PolicyCondition(
                        new PolicyText(op.Name, op.NamePosition),
                        new PolicyText(key.Name, key.NamePosition),
                        ReadConditionValues(key)));
                }
            }
            return conditions;
        }

        private static IReadOnlyList<ConditionValue> ReadConditionValues(JsonMember key)
        {
            var values = new List<ConditionValue>();
            if (key.Value is JsonArray array)
            {
                foreach (var item in array.Items) values.Add(ReadConditionValue(key.Name, item));
            }
            else
            {
                values.Add(ReadConditionValue(key.Name, key.Value));
            }
            return values;
        }

        private static ConditionValue ReadConditionValue(string key, JsonNode node)
        {
            if (node is JsonScalar scalar)
            {
                switch (scalar.Kind)
                {
                    case JsonNodeKind.String: return new ConditionValue(scalar.Text, ConditionValueKind.String, scalar.Position);
                    case JsonNodeKind.Number: return new ConditionValue(scalar.Text, ConditionValueKind.Number, scalar.Position);
                    case JsonNodeKind.Boolean: return new ConditionValue(scalar.Text, ConditionValueKind.Boolean, scalar.Position);
                }
            }
            throw new PolicyParseException(
                $"The value of condition key \"{key}\" must be a string, number or boolean, or an array of them, not {KindName(node)}.",
                node.Position);
        }

        private static PolicyPrincipal? OptionalPrincipal(Dictionary<string, JsonMember> members, string element)
        {
            if (!members.TryGetValue(element, out var member)) return null;
            var node = member.Value;
            if (node is JsonScalar scalar && scalar.Kind == JsonNodeKind.String)
            {
                if (scalar.Text == "*") return PolicyPrincipal.Everyone(scalar.Position);
                throw new PolicyParseException(
                    $"\"{element}\" as a plain string may only be \"*\"; name principals by type, e.g. {{\"AWS\": \"{scalar.Text}\"}}.",
                    scalar.Position);
            }
            if (!(node is JsonObject map))
            {
                throw new PolicyParseException($"\"{element}\" must be \"*\" or an object such as {{\"AWS\": \"…\"}}, not {KindName(node)}.", node.Position);
            }
            var entries = new List<PrincipalEntry>();
            var seen = new HashSet<string>();
            foreach (var entry in map.Members)
            {
                if (!seen.Add(entry.Name))
                {
                    throw new PolicyParseException($"The principal type \"{entry.Name}\" appears twice in \"{element}\": merge the values into one array.", entry.NamePosition);
                }
                entries.Add(new PrincipalEntry(new PolicyText(entry.Name, entry.NamePosition), StringList($"{element}.{entry.Name}", entry.Value)));
            }
            return PolicyPrincipal.Of(entries, map.Position);
        }

        private static IReadOnlyList<PolicyText>? OptionalStringList(Dictionary<string, JsonMember> members, string element) =>
            members.TryGetValue(element, out var member) ? StringList(element, member.Value) : null;

        private static IReadOnlyList<PolicyText> StringList(string element, JsonNode node)
        {
            if (node is JsonScalar single && single.Kind == JsonNodeKind.String)
            {
                return new[] { new PolicyText(single.Text, single.Position) };
            }
            if (node is JsonArray array)
            {
                var values = new List<PolicyText>();
                foreach (var item in array.Items)
                {
                    if (!(item is JsonScalar scalar) || scalar.Kind != JsonNodeKind.String)
                    {
                        throw new PolicyParseException($"Every value of \"{element}\" must be a string in double quotes, not {KindName(item)}.", item.Position);
                    }
                    values.Add(new PolicyText(scalar.Text, scalar.Position));
                }
                return values;
            }
            throw new PolicyParseException($"\"{element}\" must be a string or an array of strings, not {KindName(node)}.", node.Position);
        }

        private static PolicyText? OptionalString(Dictionary<string, JsonMember> members, string element)
        {
            if (!members.TryGetValue(element, out var member)) return null;
            if (member.Value is JsonScalar scalar && scalar.Kind == JsonNodeKind.String)
            {
                return new PolicyText(scalar.Text, scalar.Position);
            }
            throw new PolicyParseException($"\"{element}\" must be a string, not {KindName(member.Value)}.", member.Value.Position);
        }

        private static Dictionary<string, JsonMember> IndexMembers(JsonObject node, string[] allowed, string where)
        {
            var members = new Dictionary<string, JsonMember>();
            foreach (var member in node.Members)
            {
                if (System.Array.IndexOf(allowed, member.Name) < 0)
                {
                    var hint = SuggestElement(member.Name, allowed);
                    throw new PolicyParseException(
                        $"\"{member.Name}\" is not an element of a {where}{hint}. Allowed: {string.Join(", ", allowed)}.",
                        member.NamePosition);
                }
                if (members.ContainsKey(member.Name))
                {
                    throw new PolicyParseException($"The element \"{member.Name}\" appears twice in one {where}: keep one.", member.NamePosition);
                }
                members.Add(member.Name, member);
            }
            return members;
        }

        private static string SuggestElement(string name, string[] allowed)
        {
            foreach (var candidate in allowed)
            {
                if (string.Equals(candidate, name, System.StringComparison.OrdinalIgnoreCase) ||
                    string.Equals(candidate + "s", name, System.StringComparison.OrdinalIgnoreCase))
                {
                    return $" (did you mean \"{candidate}\"? element names are case-sensitive)";
                }
            }
            return string.Empty;
        }

        private static IReadOnlyDictionary<string, SourcePosition> Positions(Dictionary<string, JsonMember> members)
        {
            var positions = new Dictionary<string, SourcePosition>();
            foreach (var pair in members) positions.Add(pair.Key, pair.Value.NamePosition);
            return positions;
        }

        private static string KindName(JsonNode node) => node.Kind switch
        {
            JsonNodeKind.Object => "an object",
            JsonNodeKind.Array => "an array",
            JsonNodeKind.String => "a string",
            JsonNodeKind.Number => "a number",
            JsonNodeKind.Boolean => "a boolean",
            _ => "null",
        };
    }
}
