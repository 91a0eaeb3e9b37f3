using System.IO;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Credentials;

namespace OsAccess.Aws.Tests.Credentials
{
    /// <summary>Reads a real credentials file through AWSSDK.Core's public profile API.</summary>
    public class SdkProfileStoreTests
    {
        [Fact]
        public async Task Reads_keys_and_region_from_a_profile_file_and_reports_missing_profiles()
        {
            string file = Path.Combine(Path.GetTempPath(), "osaccess-profiles-" + System.Guid.NewGuid().ToString("N"));
            File.WriteAllText(file, "[ops]\naws_access_key_id = AKIAOPSEXAMPLE\naws_secret_access_key = ops-secret\nregion = ap-northeast-1\n");
            try
            {
                var store = SdkProfileStore.Instance;

                var source = store.TryGetCredentials("ops", file);
                var credentials = await source!.GetCredentialsAsync(CancellationToken.None);

                Assert.Equal("AKIAOPSEXAMPLE", credentials.AccessKeyId);
                Assert.Equal("ops-secret", credentials.SecretAccessKey);
                Assert.Equal("ap-northeast-1", store.TryGetRegion("ops", file));
                Assert.Null(store.TryGetCredentials("absent", file));
            }
            finally
            {
                File.Delete(file);
            }
        }
    }
}
