using System.IO;
using System.Threading.Tasks;
using LocalAws.Dispatch;
using LocalAws.Seeding;
using LocalAws.Tests.Support;

namespace LocalAws.Tests.Scenario;

/// <summary>Seeds/seed-story.json brings up the story's end state: admin roles denied, OSAccess allowed.</summary>
public class SeedStoryFileTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    public SeedStoryFileTests(EnforcingLocalAwsFixture aws) : base(aws) { }

    [Fact]
    public async Task TheReadyMadeSeedDeniesAdminsAndAllowsOsAccess()
    {
        Aws.Emulator.Reset(DefaultSeed.FromFile(Path.Combine(ConformanceSuiteTests.RepositoryRoot(), "tests", "LocalAws", "Seeds", "seed-story.json")));
        foreach (var (account, instance) in new[] { ("222222222222", "i-0a1b2c3d4e5f60001"), ("333333333333", "i-0a1b2c3d4e5f60003") })
        {
            var orgAdmin = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole(account));
            Assert.Equal("AccessDeniedException", (await orgAdmin.Ssm("StartSession", J.O(("Target", instance)))).ErrorCode);
            var osAccess = await Aws.AssumeAsync(Aws.Admin, $"arn:aws:iam::{account}:role/OSAccess");
            var started = await osAccess.Ssm("StartSession", J.O(("Target", instance)));
            Assert.True(started.Ok, started.ToString());
        }
        var rdp = await Aws.AssumeAsync(Aws.Admin, "arn:aws:iam::222222222222:role/OSAccess");
        rdp.ExtraHeaders[RequestDispatcher.CalledViaHeader] = "ssm-guiconnect.amazonaws.com";
        Assert.True((await rdp.Ssm("StartSession", J.O(("Target", "i-0a1b2c3d4e5f60002"), ("DocumentName", "AWS-StartPortForwardingSession")))).Ok);
    }
}
