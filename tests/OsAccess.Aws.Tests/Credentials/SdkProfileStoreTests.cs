using System.IO;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Tests.Fakes;

namespace OsAccess.Aws.Tests.Credentials
{
    /// <summary>Reads a real credentials file through AWSSDK.Core's public profile API.</summary>
    public class SdkProfileStoreTests
    {
        [Fact]
        public async Task ReadsKeysRegionAndEndpointSettingsFromAProfileFileAndReportsMissingProfiles()
        {
            string file = Path.Combine(Path.GetTempPath(), "osaccess-profiles-" + System.Guid.NewGuid().ToString("N"));
            File.WriteAllText(file, "[ops]\naws_access_key_id = AKIAOPSEXAMPLE\naws_secret_access_key = ops-secret\nregion = ap-northeast-1\n");
            try
            {
                var store = SdkProfileStore.Instance;

                var source = store.TryGetCredentials("ops", file, TestProfileServices.At(null));
                var credentials = await source!.GetCredentialsAsync(CancellationToken.None);

                Assert.Equal("AKIAOPSEXAMPLE", credentials.AccessKeyId);
                Assert.Equal("ops-secret", credentials.SecretAccessKey);
                var settings = store.TryGetSettings("ops", file)!;
                Assert.Equal("ap-northeast-1", settings.Region);
                Assert.Null(settings.EndpointUrl);
                Assert.Equal("ops", settings.Name);
                Assert.Null(store.TryGetCredentials("absent", file, TestProfileServices.At(null)));
                Assert.Null(store.TryGetSettings("absent", file));
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public async Task RunsTheCredentialProcessOfAProfile()
        {
            string folder = Path.Combine(Path.GetTempPath(), "osaccess-process-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            string script = Path.Combine(folder, "issue.sh");
            string file = Path.Combine(folder, "credentials");
            File.WriteAllText(script, "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"ASIAPROCESS\", \"SecretAccessKey\": \"process-secret\", \"SessionToken\": \"process-token\", \"Expiration\": \"2099-01-01T00:00:00Z\"}'\n");
            File.WriteAllText(file, $"[tool]\ncredential_process = /bin/sh {script}\n");
            try
            {
                var credentials = await SdkProfileStore.Instance.TryGetCredentials("tool", file, TestProfileServices.At(null))!.GetCredentialsAsync(CancellationToken.None);

                Assert.Equal("ASIAPROCESS", credentials.AccessKeyId);
                Assert.Equal("process-token", credentials.SessionToken);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
