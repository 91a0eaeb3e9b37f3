using System.Linq;
using System.Threading.Tasks;
using LocalAws.Tests.Support;

namespace LocalAws.Tests;

/// <summary>Many concurrent callers on loopback (bounded: 400 calls): every write lands once, every call is counted.</summary>
public class ConcurrencyTests : LocalAwsTest<LocalAwsFixture>
{
    public ConcurrencyTests(LocalAwsFixture aws) : base(aws) { }

    [Fact]
    public async Task ConcurrentWritesAllLandAndAreCounted()
    {
        var callers = Enumerable.Range(0, 16).Select(c => Task.Run(async () =>
        {
            var client = Aws.Admin;
            for (int i = 0; i < 25; i++)
            {
                var answer = await client.Iam("CreateUser", ("UserName", $"u{c:D2}-{i:D2}"));
                Assert.True(answer.Ok, answer.ToString());
            }
        }));
        await Task.WhenAll(callers);
        Assert.Equal(400, Aws.Emulator.Requests.Counts()["iam:CreateUser"]);
        var listed = await Aws.Admin.Iam("ListUsers", ("MaxItems", "1000"));
        Assert.Equal(402, listed.All("UserName").Distinct().Count());
    }
}
