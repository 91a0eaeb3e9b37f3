using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OsAccess.Aws.Credentials
{
    /// <summary>
    /// The names of the profiles in the shared credentials and config files, read where AWSSDK.Core and the AWS CLI read
    /// them: the credentials file is <c>-ProfileLocation</c>, else <c>AWS_SHARED_CREDENTIALS_FILE</c>, else
    /// <c>~/.aws/credentials</c>; the config file is <c>AWS_CONFIG_FILE</c>, else the <c>config</c> beside the credentials
    /// file. Sections of the credentials file are profiles by their name; in the config file, <c>[default]</c> and
    /// <c>[profile name]</c> are, <c>[sso-session …]</c> and <c>[services …]</c> are not ("Configuration and credential
    /// file settings in the AWS CLI"). For tab completion: no file that is missing or unreadable is an error.
    /// </summary>
    public static class SharedProfileNames
    {
        public static IReadOnlyList<string> List(string? profileLocation, Func<string, string?> environment)
        {
            var credentialsFile = NonEmpty(profileLocation) ?? NonEmpty(environment("AWS_SHARED_CREDENTIALS_FILE")) ?? Path.Combine(Home(environment), ".aws", "credentials");
            var configFile = NonEmpty(environment("AWS_CONFIG_FILE")) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(credentialsFile)) ?? ".", "config");
            return Sections(credentialsFile).Select(name => name.Trim())
                .Concat(Sections(configFile).Select(ConfigProfileName).Where(name => name != null).Select(name => name!))
                .Where(name => name.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(name => name, StringComparer.OrdinalIgnoreCase)
                .ToList();
        }

        private static string? ConfigProfileName(string section)
        {
            var name = section.Trim();
            if (name == CredentialResolver.DefaultProfileName) return name;
            return name.StartsWith("profile ", StringComparison.Ordinal) ? name.Substring("profile ".Length).Trim() : null;
        }

        private static IEnumerable<string> Sections(string file)
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(file);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                yield break;
            }
            foreach (var raw in lines)
            {
                var line = raw.Trim();
                if (line.StartsWith("[", StringComparison.Ordinal) && line.IndexOf(']') > 1) yield return line.Substring(1, line.IndexOf(']') - 1);
            }
        }

        private static string Home(Func<string, string?> environment) =>
            NonEmpty(environment("HOME")) ?? NonEmpty(environment("USERPROFILE")) ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
