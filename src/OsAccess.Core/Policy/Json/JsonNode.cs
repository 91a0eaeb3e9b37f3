using System.Collections.Generic;

namespace OsAccess.Core.Policy.Json
{
    public enum JsonNodeKind { Object, Array, String, Number, Boolean, Null }

    /// <summary>A JSON value that remembers where it stands in the text it was read from.</summary>
    public abstract class JsonNode
    {
        protected JsonNode(SourcePosition position) => Position = position;

        public SourcePosition Position { get; }

        public abstract JsonNodeKind Kind { get; }
    }

    public sealed class JsonMember
    {
        public JsonMember(string name, SourcePosition namePosition, JsonNode value)
        {
            Name = name;
            NamePosition = namePosition;
            Value = value;
        }

        public string Name { get; }

        public SourcePosition NamePosition { get; }

        public JsonNode Value { get; }
    }

    /// <summary>An object; members keep their order and duplicates, so callers can report them.</summary>
    public sealed class JsonObject : JsonNode
    {
        public JsonObject(SourcePosition position, IReadOnlyList<JsonMember> members) : base(position) => Members = members;

        public IReadOnlyList<JsonMember> Members { get; }

        public override JsonNodeKind Kind => JsonNodeKind.Object;
    }

    public sealed class JsonArray : JsonNode
    {
        public JsonArray(SourcePosition position, IReadOnlyList<JsonNode> items) : base(position) => Items = items;

        public IReadOnlyList<JsonNode> Items { get; }

        public override JsonNodeKind Kind => JsonNodeKind.Array;
    }

    /// <summary>A string, number, boolean or null; <see cref="Text"/> is the string's value or the literal as written.</summary>
    public sealed class JsonScalar : JsonNode
    {
        public JsonScalar(SourcePosition position, JsonNodeKind kind, string text) : base(position)
        {
            Kind = kind;
            Text = text;
        }

        public override JsonNodeKind Kind { get; }

        public string Text { get; }
    }
}
