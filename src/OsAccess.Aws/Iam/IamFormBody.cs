using System.Collections.Generic;
using System.Linq;
using System.Text;
using OsAccess.Aws.Signing;

namespace OsAccess.Aws.Iam
{
    /// <summary>
    /// The form-encoded body of a Query request: <c>Action=…&amp;Version=2010-05-08&amp;…</c> for IAM, or another
    /// service's version for the other services of that protocol (SNS).
    /// </summary>
    internal sealed class IamFormBody
    {
        public const string ApiVersion = "2010-05-08";
        private readonly List<KeyValuePair<string, string>> parameters = new List<KeyValuePair<string, string>>();

        public IamFormBody(string action, string apiVersion = ApiVersion)
        {
            Action = action;
            Add("Action", action);
            Add("Version", apiVersion);
        }

        public string Action { get; }

        public IReadOnlyList<KeyValuePair<string, string>> Parameters => parameters;

        /// <summary>Adds a parameter; a null value is left out.</summary>
        public IamFormBody Add(string name, string? value)
        {
            if (value != null)
            {
                parameters.Add(new KeyValuePair<string, string>(name, value));
            }

            return this;
        }

        public IamFormBody Add(string name, int? value) => Add(name, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public IamFormBody Add(string name, bool? value) => Add(name, value.HasValue ? (value.Value ? "true" : "false") : null);

        /// <summary>A list: <c>Name.member.1</c>, <c>Name.member.2</c>, …</summary>
        public IamFormBody AddList(string name, IEnumerable<string>? values)
        {
            int index = 1;
            foreach (string value in values ?? Enumerable.Empty<string>())
            {
                Add(name + ".member." + index++, value);
            }

            return this;
        }

        /// <summary>Tags: <c>Tags.member.N.Key</c> and <c>Tags.member.N.Value</c>.</summary>
        public IamFormBody AddTags(IEnumerable<AwsTag>? tags)
        {
            int index = 1;
            foreach (var tag in tags ?? Enumerable.Empty<AwsTag>())
            {
                Add("Tags.member." + index + ".Key", tag.Key);
                Add("Tags.member." + index++ + ".Value", tag.Value);
            }

            return this;
        }

        public byte[] ToBytes() =>
            Encoding.UTF8.GetBytes(string.Join("&", parameters.Select(p => AwsUriEncoding.Encode(p.Key) + "=" + AwsUriEncoding.Encode(p.Value))));
    }
}
