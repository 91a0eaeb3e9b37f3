using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OsAccess.Core.Policy.Json
{
    /// <summary>
    /// Strict RFC 8259 reader that keeps positions. When a brace or bracket goes missing, it uses the
    /// indentation of the text to name the block that was really left open, the way a person reads it.
    /// It reads values recursively, so it refuses text nested deeper than <see cref="MaxDepth"/>: any input ends in a
    /// <see cref="PolicyParseException"/> or a tree, never in a stack overflow that would end the process.
    /// </summary>
    public sealed class JsonTextParser
    {
        /// <summary>
        /// How many objects and arrays may be open at once. A policy needs six (Statement, a statement, Condition, an
        /// operator, a key, its values); 64 is the limit System.Text.Json reads by default.
        /// </summary>
        public const int MaxDepth = 64;

        private readonly string text;
        private int index;
        private int line = 1;
        private int lineStart;
        private readonly List<OpenBlock> open = new List<OpenBlock>();

        private JsonTextParser(string text) => this.text = text;

        public static JsonNode Parse(string text)
        {
            var parser = new JsonTextParser(text ?? string.Empty);
            parser.SkipWhitespace();
            if (parser.AtEnd) throw new PolicyParseException("The document is empty: expected a JSON object.", parser.Here);
            var value = parser.ReadValue(null);
            parser.SkipWhitespace();
            if (!parser.AtEnd)
            {
                throw new PolicyParseException(
                    $"Unexpected {Describe(parser.Current)} after the end of the document: remove it, or check that no '{{' or '[' is missing earlier.",
                    parser.Here);
            }
            return value;
        }

        private bool AtEnd => index >= text.Length;

        private char Current => text[index];

        private SourcePosition Here => new SourcePosition(line, index - lineStart + 1);

        private JsonNode ReadValue(string? memberName)
        {
            SkipWhitespace();
            if (AtEnd) throw Unexpected("a value");
            switch (Current)
            {
                case '{': return ReadObject(memberName);
                case '[': return ReadArray(memberName);
                case '"':
                    {
                        var position = Here;
                        return new JsonScalar(position, JsonNodeKind.String, ReadString());
                    }
                case 't': return ReadLiteral("true", JsonNodeKind.Boolean);
                case 'f': return ReadLiteral("false", JsonNodeKind.Boolean);
                case 'n': return ReadLiteral("null", JsonNodeKind.Null);
                default:
                    if (Current == '-' || (Current >= '0' && Current <= '9')) return ReadNumber();
                    throw Unexpected("a value");
            }
        }

        private JsonObject ReadObject(string? memberName)
        {
            var block = Open('{', memberName);
            var members = new List<JsonMember>();
            SkipWhitespace();
            if (!AtEnd && Current == '}')
            {
                Close(block);
                return new JsonObject(block.Position, members);
            }
            while (true)
            {
                SkipWhitespace();
                if (AtEnd || Current != '"') throw Unexpected("a property name in double quotes");
                var namePosition = Here;
                var name = ReadString();
                SkipWhitespace();
                if (AtEnd || Current != ':') throw Unexpected($"':' after the property name \"{name}\"");
                Advance();
                var value = ReadValue(name);
                members.Add(new JsonMember(name, namePosition, value));
                SkipWhitespace();
                if (AtEnd) throw Unexpected("',' or '}'");
                if (Current == ',')
                {
                    Advance();
                    continue;
                }
                if (Current == '}')
                {
                    Close(block);
                    return new JsonObject(block.Position, members);
                }
                throw Unexpected("',' or '}'");
            }
        }

        private JsonArray ReadArray(string? memberName)
        {
            var block = Open('[', memberName);
            var items = new List<JsonNode>();
            SkipWhitespace();
            if (!AtEnd && Current == ']')
            {
                Close(block);
                return new JsonArray(block.Position, items);
            }
            while (true)
            {
                items.Add(ReadValue(null));
                SkipWhitespace();
                if (AtEnd) throw Unexpected("',' or ']'");
                if (Current == ',')
                {
                    Advance();
                    continue;
                }
                if (Current == ']')
                {
                    Close(block);
                    return new JsonArray(block.Position, items);
                }
                throw Unexpected("',' or ']'");
            }
        }

        private OpenBlock Open(char opener, string? memberName)
        {
            if (open.Count == MaxDepth)
            {
                throw new PolicyParseException(
                    $"More than {MaxDepth} objects and arrays are open at once here, and a policy needs six at most: remove the extra '{opener}'s, or check that the text is a policy.",
                    Here);
            }
            var block = new OpenBlock(opener, memberName, Here, IndentOfLine(lineStart));
            open.Add(block);
            Advance();
            return block;
        }

        private void Close(OpenBlock block)
        {
            var closerPosition = Here;
            var closerIndent = FirstOnItsLine() ? index - lineStart : -1;
            Advance();
            open.RemoveAt(open.Count - 1);
            if (open.Count == 0) return;
            var parent = open[open.Count - 1];
            // The earliest misplaced closer inside this block is the likeliest culprit; hand it on outwards.
            parent.Suspect ??= block.Suspect;
            if (closerIndent >= 0 && closerIndent < block.Indent)
            {
                // A closer indented less than the line that opened the block belongs, by its looks, to an outer block.
                parent.Suspect ??= new MisplacedCloser(block, closerPosition);
            }
        }

        private string ReadString()
        {
            var start = Here;
            Advance(); // opening quote
            var builder = new StringBuilder();
            while (true)
            {
                if (AtEnd) throw new PolicyParseException("A string is never closed: add the closing '\"'.", start, Here);
                var c = Current;
                if (c == '"')
                {
                    Advance();
                    return builder.ToString();
                }
                if (c == '\n' || c == '\r') throw new PolicyParseException("A string runs past the end of its line: add the closing '\"'.", start, Here);
                if (c < ' ') throw new PolicyParseException($"A control character (U+{(int)c:X4}) is not allowed inside a string: escape it.", Here);
                if (c != '\\')
                {
                    builder.Append(c);
                    Advance();
                    continue;
                }
                var escapePosition = Here;
                Advance();
                if (AtEnd) throw new PolicyParseException("A string is never closed: add the closing '\"'.", start, Here);
                switch (Current)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (index + 4 >= text.Length ||
                            !int.TryParse(text.Substring(index + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw new PolicyParseException("'\\u' must be followed by four hexadecimal digits.", escapePosition);
                        }
                        builder.Append((char)code);
                        index += 4;
                        break;
                    default:
                        throw new PolicyParseException($"'\\{Current}' is not a JSON escape: use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX.", escapePosition);
                }
                Advance();
            }
        }

        private JsonScalar ReadNumber()
        {
            var position = Here;
            var start = index;
            if (Current == '-') Advance();
            if (AtEnd || !IsDigit(Current)) throw Unexpected("a digit");
            if (Current == '0') Advance();
            else while (!AtEnd && IsDigit(Current)) Advance();
            if (!AtEnd && Current == '.')
            {
                Advance();
                if (AtEnd || !IsDigit(Current)) throw Unexpected("a digit after the decimal point");
                while (!AtEnd && IsDigit(Current)) Advance();
            }
            if (!AtEnd && (Current == 'e' || Current == 'E'))
            {
                Advance();
                if (!AtEnd && (Current == '+' || Current == '-')) Advance();
                if (AtEnd || !IsDigit(Current)) throw Unexpected("a digit in the exponent");
                while (!AtEnd && IsDigit(Current)) Advance();
            }
            return new JsonScalar(position, JsonNodeKind.Number, text.Substring(start, index - start));
        }

        private JsonScalar ReadLiteral(string literal, JsonNodeKind kind)
        {
            var position = Here;
            if (string.CompareOrdinal(text, index, literal, 0, literal.Length) != 0)
            {
                throw new PolicyParseException(
                    $"Unexpected {Describe(Current)}: expected a value (a string in double quotes, a number, true, false, null, an object or an array).",
                    position);
            }
            for (var i = 0; i < literal.Length; i++) Advance();
            return new JsonScalar(position, kind, literal);
        }

        private PolicyParseException Unexpected(string expected)
        {
            var here = Here;
            var found = AtEnd ? "the end of the document" : Describe(Current);
            var suspect = InnermostSuspect();
            if (suspect != null)
            {
                var block = suspect.Block;
                return new PolicyParseException(
                    $"{block.Describe()} opened at {block.Position} is never closed: the '{block.Closer}' at {suspect.CloserPosition} " +
                    $"is indented like an outer block. Add the missing '{block.Closer}' (reading stopped at {here}, expecting {expected} but finding {found}).",
                    block.Position,
                    here);
            }
            if (AtEnd && open.Count > 0)
            {
                var block = open[open.Count - 1];
                return new PolicyParseException(
                    $"{block.Describe()} opened at {block.Position} is never closed: add the missing '{block.Closer}'.", block.Position, here);
            }
            return new PolicyParseException($"Expected {expected} but found {found}.", here);
        }

        private MisplacedCloser? InnermostSuspect()
        {
            for (var i = open.Count - 1; i >= 0; i--)
            {
                if (open[i].Suspect != null) return open[i].Suspect;
            }
            return null;
        }

        private void SkipWhitespace()
        {
            while (!AtEnd)
            {
                var c = Current;
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') Advance();
                else if (c == '\uFEFF' && index == 0) Advance();
                else break;
            }
        }

        private void Advance()
        {
            if (text[index] == '\n')
            {
                line++;
                lineStart = index + 1;
            }
            index++;
        }

        private int IndentOfLine(int lineStart)
        {
            var i = lineStart;
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t')) i++;
            return i - lineStart;
        }

        private bool FirstOnItsLine() => IndentOfLine(lineStart) == index - lineStart;

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static string Describe(char c) => c switch
        {
            '"' => "'\"'",
            _ when c < ' ' => $"a control character (U+{(int)c:X4})",
            _ => $"'{c}'",
        };

        private sealed class OpenBlock
        {
            public OpenBlock(char opener, string? memberName, SourcePosition position, int indent)
            {
                Opener = opener;
                MemberName = memberName;
                Position = position;
                Indent = indent;
            }

            public char Opener { get; }

            public char Closer => Opener == '{' ? '}' : ']';

            public string? MemberName { get; }

            public SourcePosition Position { get; }

            public int Indent { get; }

            public MisplacedCloser? Suspect { get; set; }

            /// <summary>"The \"Condition\" block", or "The block" for one that is no member's value.</summary>
            public string Describe() => MemberName != null ? $"The \"{MemberName}\" block" : "The block";
        }

        private sealed class MisplacedCloser
        {
            public MisplacedCloser(OpenBlock block, SourcePosition closerPosition)
            {
                Block = block;
                CloserPosition = closerPosition;
            }

            public OpenBlock Block { get; }

            public SourcePosition CloserPosition { get; }
        }
    }
}
