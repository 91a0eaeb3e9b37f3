using System;
using System.Linq;
using System.Text;
using CsCheck;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Json;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Tests.Policy
{
    /// <summary>
    /// Hostile text for the parser and the validator: nesting far past any policy, sizes far past any quota, control
    /// characters, lone surrogates, and valid policies broken at random. The parser may only answer with a tree or a
    /// <see cref="PolicyParseException"/> at a real position; the validator only with findings. Anything else (a stack
    /// overflow above all, which ends the PowerShell process) fails the test.
    /// </summary>
    public class PolicyParserFuzzTests
    {
        private const string Valid = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Action\":[\"ssm:StartSession\"],\"Resource\":\"arn:aws:ec2:*:111122223333:instance/*\",\"Condition\":{\"DateGreaterThan\":{\"aws:CurrentTime\":\"2026-12-01T09:00:00Z\"},\"ForAnyValue:StringLike\":{\"aws:TagKeys\":[\"a*\",\"\\u00e9\\n\"]}}}]}";

        // What breaks parsers: structure, escapes, literals, numbers, line ends, controls, and both halves of a surrogate pair alone.
        private static readonly Gen<char> Hostile = Gen.Frequency(
            (6, Gen.OneOf('{', '}', '[', ']', '"', ':', ',', '\\', 'u', 'e', 'E', '-', '+', '.', '0', '9', 't', 'n', 'f', ' ', '\n', '\r', '\t')),
            (2, Gen.Int[0, 0x1F].Select(i => (char)i)),
            (2, Gen.OneOf('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFEFF', '\uFFFE', '\uFFFF', '\u0000', '\u007F', '\u2028')),
            (1, Gen.Int[0, char.MaxValue].Select(i => (char)i)));

        private static readonly Gen<string> HostileText = Hostile.Array[0, 300].Select(chars => new string(chars));

        // A valid policy with a few characters inserted, removed or replaced.
        private static readonly Gen<string> BrokenPolicy =
            Gen.Select(Gen.Int[0, Valid.Length].Array[1, 6], Hostile.Array[1, 6], Gen.Int[0, 2].Array[1, 6]).Select((places, chars, kinds) =>
            {
                var text = new StringBuilder(Valid);
                for (var i = 0; i < Math.Min(places.Length, Math.Min(chars.Length, kinds.Length)); i++)
                {
                    var at = Math.Min(places[i], text.Length);
                    if (kinds[i] == 0) text.Insert(at, chars[i]);
                    else if (at < text.Length && kinds[i] == 1) text.Remove(at, 1);
                    else if (at < text.Length) text[at] = chars[i];
                }
                return text.ToString();
            });

        // Brackets and braces opened far past MaxDepth, with or without members and closers.
        private static readonly Gen<string> DeepText = Gen.Select(Gen.Int[1, 5000], Gen.OneOf("[", "{\"a\":", "[{\"Statement\":", "[1,"), Gen.Bool)
            .Select((depth, opener, closed) =>
            {
                var text = string.Concat(Enumerable.Repeat(opener, depth));
                return closed ? text + "1" + new string(']', depth) : text;
            });

        private static readonly Gen<string> AnyHostile = Gen.OneOf(HostileText, BrokenPolicy, DeepText);

        [Fact]
        public void TheParserAnswersEveryTextWithATreeOrAParseErrorAtARealPosition()
        {
            AnyHostile.Sample(text =>
            {
                try
                {
                    JsonTextParser.Parse(text);
                    PolicyParser.Parse(text);
                }
                catch (PolicyParseException error)
                {
                    Assert.True(error.Position.IsKnown && error.DetectedAt.IsKnown);
                    Assert.InRange(error.Position.Line, 1, text.Count(c => c == '\n') + 1);
                }
            }, iter: 3000);
        }

        [Fact]
        public void TheValidatorAnswersEveryTextOfEveryTypeWithFindings()
        {
            Gen.Select(AnyHostile, Gen.Enum<PolicyType>()).Sample((text, type) =>
            {
                Assert.NotNull(PolicyValidator.Validate(text, type));
            }, iter: 3000);
        }

        [Theory]
        [InlineData(500_000, "[")]
        [InlineData(1_000_000, "{\"a\":")]
        [InlineData(200_000, "{\"Statement\":[")]
        public void NestingThatOnceOverflowedTheStackIsAParseErrorWhereTheLimitIsPassed(int depth, string opener)
        {
            var text = string.Concat(Enumerable.Repeat(opener, depth));

            var error = Assert.Throws<PolicyParseException>(() => PolicyParser.Parse(text));

            var blocksPerOpener = opener.Count(c => c == '{' || c == '[');
            Assert.Equal(new SourcePosition(1, opener.Length * (JsonTextParser.MaxDepth / blocksPerOpener) + 1), error.Position);
            Assert.Contains($"More than {JsonTextParser.MaxDepth} objects and arrays are open at once", error.Reason);
            var finding = Assert.Single(PolicyValidator.Validate(text, PolicyType.Identity));
            Assert.Equal(PolicyFindingRules.ParseError.Id, finding.Id);
        }

        [Fact]
        public void NestingUpToTheLimitParsesAndOnePastItDoesNot()
        {
            string Nested(int depth) => new string('[', depth) + new string(']', depth);

            JsonTextParser.Parse(Nested(JsonTextParser.MaxDepth));
            var error = Assert.Throws<PolicyParseException>(() => JsonTextParser.Parse(Nested(JsonTextParser.MaxDepth + 1)));
            Assert.Equal(new SourcePosition(1, JsonTextParser.MaxDepth + 1), error.Position);
        }

        [Fact]
        public void APolicyFarOverEveryQuotaStillParsesAndIsOnlyTooLarge()
        {
            var statement = "{\"Effect\":\"Allow\",\"Action\":\"ssm:StartSession\",\"Resource\":\"*\"}";
            var text = "{\"Version\":\"2012-10-17\",\"Statement\":[" + string.Join(",", Enumerable.Repeat(statement, 20_000)) + "]}";

            Assert.Equal(20_000, PolicyParser.Parse(text).Statements.Count);
            var findings = PolicyValidator.Validate(text, PolicyType.Identity);
            Assert.Contains(findings, f => f.Id == PolicyFindingRules.SizeExceeded.Id);
        }
    }
}
