using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LocalAws.Seeding;
using LocalAws.Tests.Support;
using OsAccess.Aws.Organizations;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Guardrail.Compliance;
using OsAccess.Workflows.Organization;

namespace LocalAws.Tests;

/// <summary>The organization reader against LocalAws: what it reports while it reads, and an organization without SCPs.</summary>
public class OrganizationScpReaderTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    public OrganizationScpReaderTests(EnforcingLocalAwsFixture aws) : base(aws) { }

    private OrganizationScpReader Reader() => new(new OrganizationsClient(Aws.ProductClientOptions("organizations")), concurrency: 2);

    /// <summary>Reports synchronously, so that every report is counted before ReadAsync returns.</summary>
    private sealed class Reports : System.IProgress<OrganizationReadProgress>
    {
        public List<OrganizationReadProgress> Seen { get; } = new();

        public void Report(OrganizationReadProgress value)
        {
            lock (Seen) Seen.Add(value);
        }
    }

    [Fact]
    public async Task ReportsProgressUpToEveryParentListedAndEveryScpRead()
    {
        var reports = new Reports();
        var view = await Reader().ReadAsync(new string[0], reports, CancellationToken.None);

        Assert.Equal(4, view.Accounts.Count);
        var last = reports.Seen.OrderBy(r => r.ParentsListed + r.PoliciesRead).Last();
        Assert.Equal((5, 5, 1, 1, 4), (last.ParentsListed, last.ParentsFound, last.PoliciesRead, last.PoliciesFound, last.AccountsFound));
        Assert.Equal(100, last.Percent);
        Assert.Equal("5 of 5 roots and OUs listed, 4 accounts found, 1 of 1 SCPs read", last.ToString());
    }

    [Fact]
    public async Task WithoutTheScpTypeEnabledNoScpApplies()
    {
        var seed = DefaultSeed.Load();
        seed.Organization!.ScpEnabled = false;
        Aws.Emulator.Reset(seed);

        var view = await Reader().ReadAsync(new[] { "222222222222" }, null, CancellationToken.None);
        var result = new GuardrailChecker(new GuardrailCheckOptions(new GuardrailScpOptions().Resolve())).Check(view.Accounts.Single());

        Assert.False(view.ScpEnabled);
        Assert.True(view.Accounts.Single().ScpDisabled);
        Assert.Equal(new[] { "AdminNotDenied", "ExemptRoleUnguarded" }, result.Findings.Select(f => f.Id));
    }
}
