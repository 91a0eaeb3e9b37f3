using System;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using OsAccess.Core.Aws;

namespace OsAccess.Core.Tests.Aws
{
    public class TagTextTests
    {
        /// <summary>IAM's own patterns ("Tag", IAM API Reference), as IAM states them.</summary>
        private static readonly Regex IamValue = new Regex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$");
        private static readonly Regex IamKey = new Regex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$");

        private static void AssertIamTakesValue(string encoded)
        {
            Assert.Matches(IamValue, encoded);
            Assert.InRange(encoded.Length, 0, 256);
            Assert.False(encoded.StartsWith("aws:", StringComparison.OrdinalIgnoreCase), encoded);
            Assert.Equal(encoded.Trim(), encoded);
        }

        [Theory]
        [InlineData("arn:aws:iam::111122223333:role/OSAccess")]
        [InlineData("2026-12-01T09:00:00Z")]
        [InlineData("alice@example.com")]
        [InlineData("patch db01 before 18:00")]
        public void ArnsTimesAndPlainWordsStayAsTheyAre(string text)
        {
            Assert.Equal(text, TagText.EncodeValue(text, "Reason"));
        }

        [Theory]
        [InlineData("patching, ticket #42", "patching=2C ticket =2342")]
        [InlineData("a=b", "a=3Db")]
        [InlineData(" padded ", "=20padded=20")]
        [InlineData("aws:reserved", "=61ws:reserved")]
        [InlineData("AWS:Reserved", "=41WS:Reserved")]
        [InlineData("承認済み", "=u627F=u8A8D=u6E08=u307F")]
        [InlineData("🚀", "=uD83D=uDE80")]
        [InlineData("line\nbreak\ttab", "line=0Abreak=09tab")]
        public void EverythingElseIsSpeltOutWithEquals(string text, string encoded)
        {
            Assert.Equal(encoded, TagText.EncodeValue(text, "Reason"));
            Assert.Equal(text, TagText.Decode(encoded));
        }

        [Fact]
        public void EveryUtf16CodeUnitRoundTripsAloneAndBetweenLetters()
        {
            for (var unit = 0; unit <= 0xFFFF; unit++)
            {
                foreach (var text in new[] { ((char)unit).ToString(), "a" + (char)unit + "b" })
                {
                    var encoded = TagText.EncodeValue(text, "Reason");
                    AssertIamTakesValue(encoded);
                    Assert.Equal(text, TagText.Decode(encoded));
                }
            }
        }

        [Fact]
        public void ArbitraryUnicodeStringsRoundTripAndIamTakesWhatIsWritten()
        {
            Gen.String[Gen.Char, 0, 60].Sample(text =>
            {
                var encoded = TagText.EncodeValue(text, "Reason");
                return IamValue.IsMatch(encoded) && encoded.Length <= 256 && encoded.Trim() == encoded
                    && !encoded.StartsWith("aws:", StringComparison.OrdinalIgnoreCase) && TagText.Decode(encoded) == text;
            });
        }

        [Fact]
        public void KeysRoundTripAndIamTakesThem()
        {
            Gen.String[Gen.Char, 1, 20].Sample(text =>
            {
                var encoded = TagText.EncodeKey(text, "Key");
                return IamKey.IsMatch(encoded) && encoded.Length <= 128 && TagText.Decode(encoded) == text;
            });
        }

        [Fact]
        public void AValueOf256CharactersOnceEncodedFitsAndOneMoreIsRefusedNamingTheInput()
        {
            Assert.Equal(256, TagText.EncodeValue(new string('x', 256), "Reason").Length);
            Assert.Equal(255, TagText.EncodeValue(new string(',', 85), "Reason").Length);

            var plain = Assert.Throws<ArgumentException>(() => TagText.EncodeValue(new string('x', 257), "Reason"));
            Assert.Equal("Reason", plain.ParamName);
            Assert.StartsWith("Reason is 257 characters once written for an IAM tag, over the 256 a tag value holds: shorten it (its first 256 characters fit).", plain.Message);

            var commas = Assert.Throws<ArgumentException>(() => TagText.EncodeValue(new string(',', 86), "Reason"));
            Assert.Contains("258 characters once written", commas.Message);
            Assert.Contains("its first 85 characters fit", commas.Message);
        }

        [Fact]
        public void AKeyOf128CharactersFitsAndAnEmptyOrLongerOneIsRefused()
        {
            Assert.Equal(128, TagText.EncodeKey(new string('k', 128), "Key").Length);
            Assert.Contains("over the 128 a tag key holds", Assert.Throws<ArgumentException>(() => TagText.EncodeKey(new string('k', 129), "Key")).Message);
            Assert.Contains("at least one character", Assert.Throws<ArgumentException>(() => TagText.EncodeKey("", "Key")).Message);
        }

        [Theory]
        [InlineData("=")]
        [InlineData("=2")]
        [InlineData("=2c")]
        [InlineData("=u12")]
        [InlineData("abc=ZZ")]
        public void TextOsAccessDidNotWriteIsReportedNotGuessed(string encoded)
        {
            Assert.Contains("is not tag text OsAccess wrote", Assert.Throws<FormatException>(() => TagText.Decode(encoded)).Message);
        }

        [Fact]
        public void TextWrittenByHandWithoutEqualsReadsAsItIs()
        {
            Assert.Equal("café ünïcode", TagText.Decode("café ünïcode"));
        }
    }
}
