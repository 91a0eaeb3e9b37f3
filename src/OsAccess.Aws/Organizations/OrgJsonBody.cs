using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace OsAccess.Aws.Organizations
{
    /// <summary>The JSON body of an Organizations request; null members are left out.</summary>
    internal sealed class OrgJsonBody
    {
        private readonly List<KeyValuePair<string, object>> members = new List<KeyValuePair<string, object>>();

        public OrgJsonBody(string operation) => Operation = operation;

        public string Operation { get; }

        public OrgJsonBody Add(string name, string? value) => AddObject(name, value);

        public OrgJsonBody Add(string name, bool? value) => AddObject(name, value);

        public OrgJsonBody Add(string name, int? value) => AddObject(name, value);

        public OrgJsonBody AddTags(IReadOnlyList<AwsTag>? tags) => tags == null || tags.Count == 0 ? this : AddObject(name: "Tags", tags);

        public OrgJsonBody Add(string name, IReadOnlyList<string> values) => AddObject(name, values);

        public byte[] ToBytes()
        {
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream))
                {
                    writer.WriteStartObject();
                    foreach (var member in members)
                    {
                        writer.WritePropertyName(member.Key);
                        Write(writer, member.Value);
                    }

                    writer.WriteEndObject();
                }

                return stream.ToArray();
            }
        }

        private OrgJsonBody AddObject(string name, object? value)
        {
            if (value != null)
            {
                members.Add(new KeyValuePair<string, object>(name, value));
            }

            return this;
        }

        private static void Write(Utf8JsonWriter writer, object value)
        {
            switch (value)
            {
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    break;
                case int number:
                    writer.WriteNumberValue(number);
                    break;
                case IEnumerable<AwsTag> tags:
                    writer.WriteStartArray();
                    foreach (var tag in tags.ToList())
                    {
                        writer.WriteStartObject();
                        writer.WriteString("Key", tag.Key);
                        writer.WriteString("Value", tag.Value);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    break;
                case IEnumerable<string> texts:
                    writer.WriteStartArray();
                    foreach (var text in texts) writer.WriteStringValue(text);
                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteStringValue(value.ToString());
                    break;
            }
        }
    }
}
