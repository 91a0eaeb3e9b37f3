using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace OsAccess.Core.Policy
{
    public enum PolicyJsonStyle
    {
        /// <summary>No whitespace: what OsAccess writes to AWS, and what IAM counts against size limits.</summary>
        Minified,

        /// <summary>Two-space indentation, for people.</summary>
        Indented,
    }

    /// <summary>
    /// Canonical JSON for a policy: elements in the grammar's order (Version, Id, Statement; Sid, Effect, Principal,
    /// NotPrincipal, Action, NotAction, Resource, NotResource, Condition), values in written order, a list of one
    /// value written as a plain string, Statement always an array. The same document always gives the same text.
    /// </summary>
    public static class PolicyJsonWriter
    {
        public static string Write(PolicyDocument document, PolicyJsonStyle style = PolicyJsonStyle.Minified)
        {
            var writer = new Writer(style == PolicyJsonStyle.Indented);
            writer.BeginObject();
            if (document.Version != null) writer.Property("Version", document.Version.Value.Value);
            if (document.Id != null) writer.Property("Id", document.Id.Value.Value);
            writer.Name("Statement");
            writer.BeginArray();
            foreach (var statement in document.Statements)
            {
                writer.Item();
                WriteStatement(writer, statement);
            }
            writer.EndArray();
            writer.EndObject();
            return writer.ToString();
        }

        private static void WriteStatement(Writer writer, PolicyStatement statement)
        {
            writer.BeginObject();
            if (statement.Sid != null) writer.Property("Sid", statement.Sid.Value.Value);
            if (statement.Effect != null) writer.Property("Effect", statement.Effect.Value.Value);
            WritePrincipal(writer, "Principal", statement.Principal);
            WritePrincipal(writer, "NotPrincipal", statement.NotPrincipal);
            WriteList(writer, "Action", statement.Action);
            WriteList(writer, "NotAction", statement.NotAction);
            WriteList(writer, "Resource", statement.Resource);
            WriteList(writer, "NotResource", statement.NotResource);
            if (statement.Conditions.Count > 0) WriteConditions(writer, statement.Conditions);
            writer.EndObject();
        }

        private static void WritePrincipal(Writer writer, string element, PolicyPrincipal? principal)
        {
            if (principal == null) return;
            if (principal.IsWildcard)
            {
                writer.Property(element, "*");
                return;
            }
            writer.Name(element);
            writer.BeginObject();
            foreach (var entry in principal.Entries) WriteList(writer, entry.Type.Value, entry.Values);
            writer.EndObject();
        }

        private static void WriteConditions(Writer writer, IReadOnlyList<PolicyCondition> conditions)
        {
            // The model flattens operator → key → values; regroup keys under their operator in first-seen order.
            writer.Name("Condition");
            writer.BeginObject();
            foreach (var group in conditions.GroupBy(c => c.Operator.Value))
            {
                writer.Name(group.Key);
                writer.BeginObject();
                foreach (var condition in group)
                {
                    writer.Name(condition.Key.Value);
                    WriteOneOrMany(writer, condition.Values, writer.Scalar);
                }
                writer.EndObject();
            }
            writer.EndObject();
        }

        private static void WriteList(Writer writer, string element, IReadOnlyList<PolicyText>? values)
        {
            if (values == null) return;
            writer.Name(element);
            WriteOneOrMany(writer, values, value => writer.String(value.Value));
        }

        /// <summary>One value as itself, any other number of values as an array.</summary>
        private static void WriteOneOrMany<T>(Writer writer, IReadOnlyList<T> values, Action<T> write)
        {
            if (values.Count == 1)
            {
                write(values[0]);
                return;
            }
            writer.BeginArray();
            foreach (var value in values)
            {
                writer.Item();
                write(value);
            }
            writer.EndArray();
        }

        /// <summary>Writes JSON tokens; in indented mode, one member or item per line.</summary>
        private sealed class Writer
        {
            private readonly StringBuilder text = new StringBuilder();
            private readonly bool indented;
            private readonly Stack<bool> hasEntries = new Stack<bool>();

            public Writer(bool indented) => this.indented = indented;

            public void BeginObject() => Open('{');

            public void EndObject() => Close('}');

            public void BeginArray() => Open('[');

            public void EndArray() => Close(']');

            public void Name(string name)
            {
                Separator();
                String(name);
                text.Append(indented ? ": " : ":");
            }

            public void Item() => Separator();

            public void Property(string name, string value)
            {
                Name(name);
                String(value);
            }

            public void Scalar(ConditionValue value)
            {
                if (value.Kind == ConditionValueKind.String) String(value.Text);
                else text.Append(value.Text);
            }

            public void String(string value)
            {
                text.Append('"');
                foreach (var c in value)
                {
                    switch (c)
                    {
                        case '"': text.Append("\\\""); break;
                        case '\\': text.Append("\\\\"); break;
                        case '\n': text.Append("\\n"); break;
                        case '\r': text.Append("\\r"); break;
                        case '\t': text.Append("\\t"); break;
                        case '\b': text.Append("\\b"); break;
                        case '\f': text.Append("\\f"); break;
                        default:
                            if (c < ' ') text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                            else text.Append(c);
                            break;
                    }
                }
                text.Append('"');
            }

            public override string ToString() => text.ToString();

            private void Open(char c)
            {
                text.Append(c);
                hasEntries.Push(false);
            }

            private void Close(char c)
            {
                var hadEntries = hasEntries.Pop();
                if (indented && hadEntries) NewLine();
                text.Append(c);
            }

            private void Separator()
            {
                var hadEntries = hasEntries.Pop();
                if (hadEntries) text.Append(',');
                hasEntries.Push(true);
                if (indented) NewLine();
            }

            private void NewLine()
            {
                text.Append('\n');
                text.Append(' ', 2 * hasEntries.Count);
            }
        }
    }
}
