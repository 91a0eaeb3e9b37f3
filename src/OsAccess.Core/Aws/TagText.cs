using System;
using System.Globalization;
using System.Text;

namespace OsAccess.Core.Aws
{
    /// <summary>
    /// The one way OsAccess writes text into IAM tags and reads it back (grant metadata such as a reason, ARNs, times).
    /// IAM takes only letters, numbers, spaces and <c>_ . : / = + - @</c> ("Tag", IAM API Reference:
    /// <c>[\p{L}\p{Z}\p{N}_.:/=+\-@]*</c>), keys of 1–128 and values of 0–256 characters, and reserves the prefix
    /// <c>aws:</c>. Encoded text keeps ASCII letters, digits, <c>_ . : / + - @</c> and inner spaces as they are, so ARNs
    /// and times stay readable; every other character, <c>=</c> itself, a leading or trailing space and the <c>a</c> of
    /// a leading <c>aws:</c> are spelt out as <c>=</c> and two hex digits (UTF-16 code units up to FF: a comma is
    /// <c>=2C</c>) or <c>=u</c> and four (a Japanese 承 is <c>=u627F</c>). Non-ASCII letters are spelt out too, so a value
    /// means the same to every service and Unicode version. Decoding takes any other text as it is.
    /// </summary>
    public static class TagText
    {
        public const int MaxKeyLength = 128;

        public const int MaxValueLength = 256;

        public const char Escape = '=';

        /// <summary>The text as an IAM tag value; <paramref name="inputName"/> names it in the error when it cannot fit.</summary>
        /// <exception cref="ArgumentException">Encoded, the text is longer than <see cref="MaxValueLength"/>.</exception>
        public static string EncodeValue(string text, string inputName) => Encode(text, MaxValueLength, "value", inputName);

        /// <summary>The text spelt out as for a tag, with no length limit: for IAM text fields with their own limit (a policy description).</summary>
        public static string Encode(string text) => Encode(text, int.MaxValue, "value", nameof(text));

        /// <summary>The text as an IAM tag key.</summary>
        /// <exception cref="ArgumentException">The text is empty or, encoded, longer than <see cref="MaxKeyLength"/>.</exception>
        public static string EncodeKey(string text, string inputName)
        {
            if (string.IsNullOrEmpty(text)) throw new ArgumentException("An IAM tag key needs at least one character.", inputName);
            return Encode(text, MaxKeyLength, "key", inputName);
        }

        /// <summary>The text a tag key or value holds, as <see cref="EncodeValue"/> or <see cref="EncodeKey"/> was given it.</summary>
        /// <exception cref="FormatException">An <c>=</c> is not followed by two hex digits, or by <c>u</c> and four.</exception>
        public static string Decode(string encoded)
        {
            var text = new StringBuilder(encoded.Length);
            for (var i = 0; i < encoded.Length; i++)
            {
                if (encoded[i] != Escape)
                {
                    text.Append(encoded[i]);
                    continue;
                }
                var wide = i + 1 < encoded.Length && encoded[i + 1] == 'u';
                var start = wide ? i + 2 : i + 1;
                var digits = wide ? 4 : 2;
                if (!IsHex(encoded, start, digits))
                {
                    throw new FormatException(
                        $"'{encoded}' is not tag text OsAccess wrote: the '=' at position {i + 1} is not followed by two hex digits or by u and four.");
                }
                text.Append((char)int.Parse(encoded.Substring(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                i = start + digits - 1;
            }
            return text.ToString();
        }

        private static string Encode(string text, int maxLength, string part, string inputName)
        {
            var encoded = new StringBuilder(text.Length);
            var fitting = -1;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var literal = IsLiteral(c) && !(c == ' ' && (i == 0 || i == text.Length - 1)) && !(i == 0 && StartsReserved(text));
                if (literal) encoded.Append(c);
                else if (c <= 0xFF) encoded.Append(Escape).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                else encoded.Append(Escape).Append('u').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                if (encoded.Length > maxLength && fitting < 0) fitting = i;
            }
            if (fitting >= 0)
            {
                throw new ArgumentException(
                    $"{inputName} is {encoded.Length} characters once written for an IAM tag, over the {maxLength} a tag {part} holds: " +
                    $"shorten it (its first {fitting} characters fit). Characters IAM does not take, such as commas and non-ASCII letters, " +
                    "are spelt out in 3 to 6 characters each.",
                    inputName);
            }
            return encoded.ToString();
        }

        private static bool IsLiteral(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || "_.:/+-@".IndexOf(c) >= 0;

        private static bool StartsReserved(string text) => text.StartsWith("aws:", StringComparison.OrdinalIgnoreCase);

        private static bool IsHex(string text, int start, int count)
        {
            if (start + count > text.Length) return false;
            for (var i = start; i < start + count; i++)
            {
                var c = text[i];
                if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) return false;
            }
            return true;
        }
    }
}
