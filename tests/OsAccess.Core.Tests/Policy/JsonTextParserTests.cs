using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Json;

namespace OsAccess.Core.Tests.Policy
{
    public class JsonTextParserTests
    {
        [Theory]
        [InlineData("", 1, 1, "empty")]
        [InlineData("   \n  ", 2, 3, "empty")]
        [InlineData("{\"a\": 1,}", 1, 9, "property name")]
        [InlineData("[1, 2,]", 1, 7, "a value")]
        [InlineData("{\"a\" 1}", 1, 6, "':'")]
        [InlineData("{'a': 1}", 1, 2, "property name")]
        [InlineData("{\"a\": tru}", 1, 7, "expected a value")]
        [InlineData("{\"a\": 01}", 1, 8, "',' or '}'")]
        [InlineData("{\"a\": -}", 1, 8, "a digit")]
        [InlineData("{\"a\": 1.}", 1, 9, "decimal point")]
        [InlineData("{\"a\": 1e}", 1, 9, "exponent")]
        [InlineData("{\"a\": \"x\\q\"}", 1, 9, "not a JSON escape")]
        [InlineData("{\"a\": \"x\\u12\"}", 1, 9, "four hexadecimal digits")]
        [InlineData("{\"a\": \"x\ny\"}", 1, 7, "past the end of its line")]
        [InlineData("{\"a\": \"x", 1, 7, "never closed")]
        [InlineData("{} {}", 1, 4, "after the end")]
        [InlineData("{\"a\": [1, 2}", 1, 12, "',' or ']'")]
        [InlineData("// comment\n{}", 1, 1, "Expected a value")]
        public void MalformedJsonIsRejectedWithPosition(string text, int line, int column, string messagePart)
        {
            var error = Assert.Throws<PolicyParseException>(() => JsonTextParser.Parse(text));

            Assert.Equal(new SourcePosition(line, column), error.Position);
            Assert.Contains(messagePart, error.Reason);
        }

        [Fact]
        public void UnclosedBlockAtEndOfDocumentNamesTheBlock()
        {
            var error = Assert.Throws<PolicyParseException>(() => JsonTextParser.Parse("{\n  \"Statement\": [\n    {\"Effect\": \"Allow\"}\n"));

            Assert.Equal(new SourcePosition(2, 16), error.Position);
            Assert.Contains("\"Statement\" block", error.Reason);
            Assert.Contains("']'", error.Reason);
            Assert.Equal(new SourcePosition(4, 1), error.DetectedAt);
        }

        [Fact]
        public void CloserIndentedLikeTheOuterBlockIsBlamedOnTheInnerBlock()
        {
            var text = "{\n  \"A\": {\n    \"B\": {\n      \"c\": 1\n  },\n  \"D\": 2\n}\n";

            var error = Assert.Throws<PolicyParseException>(() => JsonTextParser.Parse(text));

            Assert.Equal(new SourcePosition(3, 10), error.Position);
            Assert.Contains("\"B\" block", error.Reason);
            Assert.Contains("line 5, column 3", error.Reason);
        }

        [Fact]
        public void ReadsEveryKindOfValueWithPositions()
        {
            var node = (JsonObject)JsonTextParser.Parse("{\"s\": \"a\\u0041\\n\", \"n\": -1.5e3,\n \"t\": true, \"f\": false, \"z\": null, \"a\": [], \"o\": {}}");

            Assert.Collection(node.Members,
                m => Assert.Equal("aA\n", ((JsonScalar)m.Value).Text),
                m => Assert.Equal(("-1.5e3", JsonNodeKind.Number), (((JsonScalar)m.Value).Text, m.Value.Kind)),
                m => Assert.Equal((JsonNodeKind.Boolean, new SourcePosition(2, 2)), (m.Value.Kind, m.NamePosition)),
                m => Assert.Equal("false", ((JsonScalar)m.Value).Text),
                m => Assert.Equal(JsonNodeKind.Null, m.Value.Kind),
                m => Assert.Empty(((JsonArray)m.Value).Items),
                m => Assert.Empty(((JsonObject)m.Value).Members));
        }

        [Fact]
        public void KeepsDuplicateMembersForCallersToReport()
        {
            var node = (JsonObject)JsonTextParser.Parse("{\"a\": 1, \"a\": 2}");

            Assert.Equal(2, node.Members.Count);
        }
    }
}
