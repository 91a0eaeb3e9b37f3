using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace OsAccess.Aws.Iam
{
    /// <summary>Namespace-agnostic reading of IAM's XML answers.</summary>
    internal static class IamXml
    {
        public static XElement? Child(XElement? parent, string name) =>
            parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

        public static string? Text(XElement? parent, string name) => Child(parent, name)?.Value;

        public static string Required(XElement? parent, string name) => Text(parent, name) ?? string.Empty;

        /// <summary>A URL-encoded policy document, decoded.</summary>
        public static string? Document(XElement? parent, string name)
        {
            string? encoded = Text(parent, name);
            return encoded == null ? null : Uri.UnescapeDataString(encoded);
        }

        public static DateTimeOffset? Date(XElement? parent, string name)
        {
            string? text = Text(parent, name);
            return text == null ? (DateTimeOffset?)null
                : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        }

        public static bool Bool(XElement? parent, string name) => string.Equals(Text(parent, name), "true", StringComparison.OrdinalIgnoreCase);

        public static int? Int(XElement? parent, string name) =>
            int.TryParse(Text(parent, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : (int?)null;

        /// <summary>The <c>member</c> elements of a list element.</summary>
        public static IEnumerable<XElement> Members(XElement? parent, string listName) =>
            Child(parent, listName)?.Elements().Where(e => e.Name.LocalName == "member") ?? Enumerable.Empty<XElement>();

        public static IReadOnlyList<string> Strings(XElement? parent, string listName) => Members(parent, listName).Select(m => m.Value).ToList();

        public static AwsTag Tag(XElement member) => new AwsTag(Required(member, "Key"), Required(member, "Value"));

        public static IReadOnlyList<AwsTag> Tags(XElement? parent, string listName = "Tags") => Members(parent, listName).Select(Tag).ToList();

        /// <summary>The next <c>Marker</c> when <c>IsTruncated</c> is true, else null.</summary>
        public static string? NextMarker(XElement? result) => Bool(result, "IsTruncated") ? Text(result, "Marker") : null;
    }
}
