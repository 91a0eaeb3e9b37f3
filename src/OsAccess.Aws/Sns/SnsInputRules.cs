using System;
using System.Linq;
using System.Text;

namespace OsAccess.Aws.Sns
{
    /// <summary>
    /// What SNS accepts (https://docs.aws.amazon.com/sns/latest/api/API_Publish.html, API_CreateTopic.html):
    /// a topic name of 1 to 256 ASCII letters, digits, hyphens and underscores; a subject of at most 100 printable
    /// ASCII characters, without line breaks or control characters; a message of 1 byte to 256 KB of UTF-8.
    /// </summary>
    public static class SnsInputRules
    {
        public const int MaxTopicNameLength = 256;
        public const int MaxSubjectLength = 100;
        public const int MaxMessageBytes = 262144;

        /// <summary>Null when SNS takes the name, else why not.</summary>
        public static string? TopicNameProblem(string? name)
        {
            if (string.IsNullOrEmpty(name) || name!.Length > MaxTopicNameLength)
            {
                return $"A topic name has 1 to {MaxTopicNameLength} characters.";
            }

            return name.All(c => c < 128 && (char.IsLetterOrDigit(c) || c == '-' || c == '_'))
                ? null
                : $"The topic name '{name}' may only have ASCII letters, digits, hyphens and underscores.";
        }

        /// <summary>Null when SNS takes the subject (null, for none, included), else why not.</summary>
        public static string? SubjectProblem(string? subject)
        {
            if (subject == null)
            {
                return null;
            }

            if (subject.Length == 0 || subject.Length > MaxSubjectLength)
            {
                return $"A subject has 1 to {MaxSubjectLength} characters; this one has {subject.Length}.";
            }

            return subject.All(c => c >= ' ' && c <= '~')
                ? null
                : "A subject may only have printable ASCII characters: no line breaks, control or non-ASCII characters.";
        }

        /// <summary>Null when SNS takes the message, else why not.</summary>
        public static string? MessageProblem(string? message)
        {
            if (string.IsNullOrEmpty(message))
            {
                return "A message must not be empty.";
            }

            int bytes = Encoding.UTF8.GetByteCount(message);
            return bytes > MaxMessageBytes ? $"A message has at most {MaxMessageBytes} bytes of UTF-8 (256 KB); this one has {bytes}." : null;
        }

        internal static void Check(string parameter, string? problem)
        {
            if (problem != null)
            {
                throw new ArgumentException(problem, parameter);
            }
        }
    }
}
