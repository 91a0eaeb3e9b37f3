using System;
using System.Collections.Generic;
using System.IO;
using OsAccess.Aws.Credentials;

namespace OsAccess.Aws.Tests.Credentials
{
    public sealed class SharedProfileNamesTests : IDisposable
    {
        private readonly string folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "profiles-" + Guid.NewGuid().ToString("N"))).FullName;

        public void Dispose() => Directory.Delete(folder, recursive: true);

        [Fact]
        public void ListsTheProfilesOfBothFilesButNotSsoSessionsOrServices()
        {
            var credentials = Write("credentials", "[default]\naws_access_key_id = A\n[ci]\naws_access_key_id = B\n");
            var config = Write("config", "[default]\nregion = us-east-1\n[profile hub]\nsso_session = corp\n[sso-session corp]\nsso_region = us-east-1\n[services local]\nsts =\n  endpoint_url = http://localhost\n[profile  spaced ]\n; [profile commented]\n");
            var environment = Environment(("AWS_SHARED_CREDENTIALS_FILE", credentials), ("AWS_CONFIG_FILE", config));

            Assert.Equal(new[] { "ci", "default", "hub", "spaced" }, SharedProfileNames.List(null, environment));
        }

        [Fact]
        public void ProfileLocationNamesTheCredentialsFileAndItsNeighbourConfig()
        {
            var credentials = Write("my-credentials", "[lab]\n");
            Write("config", "[profile lab-admin]\n");
            var elsewhere = Write("other", "[ignored]\n");
            var environment = Environment(("AWS_SHARED_CREDENTIALS_FILE", elsewhere));

            Assert.Equal(new[] { "lab", "lab-admin" }, SharedProfileNames.List(credentials, environment));
        }

        [Fact]
        public void FallsBackToTheHomeFolderAndSaysNothingOfMissingFiles()
        {
            Directory.CreateDirectory(Path.Combine(folder, ".aws"));
            File.WriteAllText(Path.Combine(folder, ".aws", "config"), "[profile from-home]\n");

            Assert.Equal(new[] { "from-home" }, SharedProfileNames.List(null, Environment(("HOME", folder))));
            Assert.Empty(SharedProfileNames.List(Path.Combine(folder, "missing", "credentials"), Environment(("HOME", folder), ("AWS_CONFIG_FILE", Path.Combine(folder, "none")))));
        }

        private string Write(string name, string text)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, text);
            return path;
        }

        private static Func<string, string?> Environment(params (string Name, string Value)[] variables)
        {
            var values = new Dictionary<string, string>();
            foreach (var (name, value) in variables) values[name] = value;
            return name => values.TryGetValue(name, out var value) ? value : null;
        }
    }
}
