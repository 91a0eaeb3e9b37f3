using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OsAccess.Aws.Http;
using OsAccess.Aws.Organizations;

namespace OsAccess.Aws.Tests.RoundTrip
{
    /// <summary>Every Organizations client operation against LocalAws's seeded organization.</summary>
    public class OrganizationsRoundTripTests : IClassFixture<LocalAwsSession>
    {
        private const string Scp = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"ssm:StartSession\",\"Resource\":\"*\"}]}";
        private static readonly CancellationToken None = CancellationToken.None;
        private readonly IOrganizationsClient org;

        public OrganizationsRoundTripTests(LocalAwsSession aws)
        {
            aws.Reset();
            org = aws.Admin.Organizations();
        }

        [Fact]
        public async Task WalksTheTreeFromTheRoot()
        {
            var organization = await org.DescribeOrganizationAsync(None);
            var root = Assert.Single(await Pagination.AllAsync(org.ListRootsAsync, None));
            var topOus = await Pagination.AllAsync((t, ct) => org.ListOrganizationalUnitsForParentAsync(root.Id, t, ct), None);
            var workloads = topOus.Single(o => o.Name == "Workloads");
            var children = await Pagination.AllAsync((t, ct) => org.ListChildrenAsync(workloads.Id, "ORGANIZATIONAL_UNIT", t, ct), None);
            var prod = (await Pagination.AllAsync((t, ct) => org.ListOrganizationalUnitsForParentAsync(workloads.Id, t, ct), None)).Single(o => o.Name == "Prod");
            var prodAccounts = await Pagination.AllAsync((t, ct) => org.ListAccountsForParentAsync(prod.Id, t, ct), None);
            var parents = await Pagination.AllAsync((t, ct) => org.ListParentsAsync("222222222222", t, ct), None);
            var all = await Pagination.AllAsync(org.ListAccountsAsync, None);
            var account = await org.DescribeAccountAsync("333333333333", None);

            Assert.Equal("111111111111", organization.ManagementAccountId);
            Assert.Equal("ALL", organization.FeatureSet);
            Assert.Contains(root.PolicyTypes, t => t.Type == "SERVICE_CONTROL_POLICY" && t.Status == "ENABLED");
            Assert.Equal(new[] { "Security", "Workloads" }, topOus.Select(o => o.Name).OrderBy(n => n));
            Assert.Equal(2, children.Count);
            Assert.Equal(new[] { "222222222222" }, prodAccounts.Select(a => a.Id));
            Assert.Equal(prod.Id, Assert.Single(parents).Id);
            Assert.Contains(all, a => a.Id == "111111111111");
            Assert.Equal("dev", account.Name);
            Assert.Equal("ACTIVE", account.Status);
        }

        [Fact]
        public async Task CreatesOusAndMovesAccounts()
        {
            var root = Assert.Single((await org.ListRootsAsync(null, None)).Items);
            var quarantine = await org.CreateOrganizationalUnitAsync(root.Id, "Quarantine", null, None);
            string from = Assert.Single((await org.ListParentsAsync("333333333333", null, None)).Items).Id;

            await org.MoveAccountAsync("333333333333", from, quarantine.Id, None);

            Assert.Equal(quarantine.Id, Assert.Single((await org.ListParentsAsync("333333333333", null, None)).Items).Id);
        }

        [Fact]
        public async Task CreatesUpdatesAttachesAndDeletesAnScp()
        {
            var root = Assert.Single((await org.ListRootsAsync(null, None)).Items);
            var created = await org.CreatePolicyAsync("OSAccessGuardrail", "guardrail", "SERVICE_CONTROL_POLICY", Scp, null, None);
            var updated = await org.UpdatePolicyAsync(created.Summary.Id, null, "guardrail v2", null, None);
            await org.AttachPolicyAsync(created.Summary.Id, root.Id, None);

            var described = await org.DescribePolicyAsync(created.Summary.Id, None);
            var targets = await Pagination.AllAsync((t, ct) => org.ListTargetsForPolicyAsync(created.Summary.Id, t, ct), None);
            var onRoot = await Pagination.AllAsync((t, ct) => org.ListPoliciesForTargetAsync(root.Id, "SERVICE_CONTROL_POLICY", t, ct), None);
            var scps = await Pagination.AllAsync((t, ct) => org.ListPoliciesAsync("SERVICE_CONTROL_POLICY", t, ct), None);

            Assert.Equal("guardrail v2", updated.Summary.Description);
            Assert.Contains("ssm:StartSession", described.Content);
            Assert.Equal(root.Id, Assert.Single(targets).TargetId);
            Assert.Contains(onRoot, p => p.Id == created.Summary.Id);
            Assert.Contains(scps, p => p.Name == "OSAccessGuardrail");

            await org.DetachPolicyAsync(created.Summary.Id, root.Id, None);
            await org.DeletePolicyAsync(created.Summary.Id, None);
            var gone = await Assert.ThrowsAsync<AwsServiceException>(() => org.DescribePolicyAsync(created.Summary.Id, None));
            Assert.Equal("PolicyNotFoundException", gone.Code);
        }

        [Fact]
        public async Task CreatesAccountsAndRefusesASecondOrganization()
        {
            var status = await org.CreateAccountAsync("new@example.com", "sandbox", null, null, None);
            var later = await org.DescribeCreateAccountStatusAsync(status.Id, None);
            var already = await Assert.ThrowsAsync<AwsServiceException>(() => org.CreateOrganizationAsync("ALL", None));
            var enabled = await Assert.ThrowsAsync<AwsServiceException>(async () =>
                await org.EnablePolicyTypeAsync(Assert.Single((await org.ListRootsAsync(null, None)).Items).Id, "SERVICE_CONTROL_POLICY", None));

            Assert.Equal("sandbox", later.AccountName);
            Assert.Contains(later.State, new[] { "IN_PROGRESS", "SUCCEEDED" });
            Assert.Equal("AlreadyInOrganizationException", already.Code);
            Assert.Equal("PolicyTypeAlreadyEnabledException", enabled.Code);
        }
    }
}
