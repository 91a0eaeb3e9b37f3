using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LocalAws.Seeding;
using OsAccess.Aws.Http;
using OsAccess.Aws.Organizations;
using OsAccess.Aws.Tests.RoundTrip;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;
using OsAccess.Workflows.Scp;

namespace OsAccess.Aws.Tests.Workflows
{
    /// <summary>Publishing and unpublishing the guardrail SCP against LocalAws's seeded organization, counted in its request log.</summary>
    public class ScpPublisherTests : IClassFixture<LocalAwsSession>
    {
        private const string Name = "OSAccessGuardrail";
        private static readonly CancellationToken None = CancellationToken.None;
        private readonly LocalAwsSession aws;
        private readonly IOrganizationsClient org;

        public ScpPublisherTests(LocalAwsSession aws)
        {
            this.aws = aws;
            aws.Reset();
            org = aws.Admin.Organizations();
        }

        private static BuiltPolicyDocument Guardrail(GuardrailScpOptions? options = null) =>
            new BuiltPolicyDocument(Name, PolicyType.ServiceControl, GuardrailScpBuilder.Build(options));

        private async Task<string> RootIdAsync() => (await org.ListRootsAsync(null, None)).Items[0].Id;

        // Every call that is not a read: what "nothing written" is counted by.
        private IReadOnlyList<string> Writes() => aws.Host.Emulator.Requests.Entries()
            .Where(e => e.Service == "organizations" && !e.Operation.StartsWith("List") && !e.Operation.StartsWith("Describe"))
            .Select(e => e.Operation).ToList();

        private async Task<(ScpPublishPlan Plan, OrgPolicySummary Policy)> PublishAsync(BuiltPolicyDocument document, params string[] targets)
        {
            var publisher = new ScpPublisher(org);
            var plan = await publisher.PlanAsync(Name, document, targets, None);
            Assert.Empty(plan.Problems);
            var policy = plan.Existing?.Summary;
            if (plan.Content.ChangesAnything) policy = (await publisher.WriteContentAsync(plan, None)).Policy;
            foreach (var target in plan.MissingTargetIds) await publisher.AttachAsync(policy!.Id, target, None);
            return (plan, policy!);
        }

        [Fact]
        public async Task CreatesThePolicyTaggedAsOsAccessesAndAttachesItWhereAsked()
        {
            string root = await RootIdAsync();
            var (plan, policy) = await PublishAsync(Guardrail(), root, DefaultSeed.ProdAccountId);

            Assert.Null(plan.Existing);
            Assert.Null(plan.Content.Current);
            Assert.Equal(Guardrail().MinifiedJson, (await org.DescribePolicyAsync(policy.Id, None)).Content);
            Assert.Contains(await Pagination.AllAsync((t, ct) => org.ListTagsForResourceAsync(policy.Id, t, ct), None),
                tag => tag.Key == OsAccessManagedTag.Key && tag.Value == OsAccessManagedTag.Value);
            var targets = await Pagination.AllAsync((t, ct) => org.ListTargetsForPolicyAsync(policy.Id, t, ct), None);
            Assert.Equal(new[] { DefaultSeed.ProdAccountId, root }.OrderBy(t => t), targets.Select(t => t.TargetId).OrderBy(t => t));
            Assert.Equal(new[] { "CreatePolicy", "AttachPolicy", "AttachPolicy" }, Writes());
        }

        [Fact]
        public async Task PublishingTheSameGuardrailAgainWritesNothing()
        {
            string root = await RootIdAsync();
            await PublishAsync(Guardrail(), root);
            aws.Host.Emulator.Requests.Clear();

            var (plan, _) = await PublishAsync(Guardrail(), root);

            Assert.False(plan.Content.ChangesAnything);
            Assert.Null(plan.Attach);
            Assert.Null(plan.EnableScps);
            Assert.Empty(Writes());
            Assert.NotEmpty(aws.Host.Emulator.Requests.Entries());
        }

        [Fact]
        public async Task DriftedContentIsOneUpdateInPlaceNeverASecondPolicy()
        {
            var (_, first) = await PublishAsync(Guardrail(), DefaultSeed.DevAccountId);
            // Someone widens the exemption to every role, straight through the API.
            string drifted = Guardrail().MinifiedJson.Replace("role/OSAccess", "role/*");
            await org.UpdatePolicyAsync(first.Id, null, null, drifted, None);
            aws.Host.Emulator.Requests.Clear();

            var (plan, policy) = await PublishAsync(Guardrail(), DefaultSeed.DevAccountId);

            Assert.Equal(first.Id, policy.Id);
            Assert.Contains("-          \"aws:PrincipalArn\": \"arn:aws:iam::*:role/*\"", plan.Content.Diff);
            Assert.Contains("+          \"aws:PrincipalArn\": \"arn:aws:iam::*:role/OSAccess\"", plan.Content.Diff);
            Assert.Equal(new[] { "UpdatePolicy" }, Writes());
            Assert.Equal(Guardrail().MinifiedJson, (await org.DescribePolicyAsync(first.Id, None)).Content);
            Assert.Single(await Pagination.AllAsync((t, ct) => org.ListPoliciesAsync(PublishedScp.PolicyType, t, ct), None), p => p.Name == Name);
        }

        [Fact]
        public async Task AnUnknownTargetIsRefusedBeforeAnythingIsWritten()
        {
            var plan = await new ScpPublisher(org).PlanAsync(Name, Guardrail(), new[] { DefaultSeed.ProdAccountId, "ou-zzzz-zzzzzzzz", "999999999999" }, None);

            Assert.Equal(new[] { "ou-zzzz-zzzzzzzz", "999999999999" }, plan.Problems.Select(p => p.TargetId));
            Assert.All(plan.Problems, p => Assert.False(p.Full));
            Assert.StartsWith("TargetId: ou-zzzz-zzzzzzzz is not a root, OU or account of organization o-", plan.Problems[0].Message);
            Assert.Empty(Writes());
        }

        [Fact]
        public async Task ATargetThatHoldsTheMostScpsIsRefusedNamingThem()
        {
            // FullAWSAccess and four more make the most one target may hold.
            for (int i = 1; i < PolicyAttachmentLimits.ServiceControlPoliciesPerTarget; i++)
            {
                var other = await org.CreatePolicyAsync($"Other{i}", "another team's", PublishedScp.PolicyType, Guardrail().MinifiedJson, null, None);
                await org.AttachPolicyAsync(other.Summary.Id, DefaultSeed.DevAccountId, None);
            }
            aws.Host.Emulator.Requests.Clear();

            var plan = await new ScpPublisher(org).PlanAsync(Name, Guardrail(), new[] { DefaultSeed.DevAccountId }, None);

            var problem = Assert.Single(plan.Problems);
            Assert.Equal((DefaultSeed.DevAccountId, true), (problem.TargetId, problem.Full));
            Assert.Contains("already has 5 SCPs attached (FullAWSAccess, Other1, Other2, Other3, Other4)", problem.Message);
            Assert.Contains("Detach one of them", problem.Message);
            Assert.Empty(Writes());
        }

        [Fact]
        public async Task ScpsTurnedOffArePlannedToBeTurnedOnFirst()
        {
            var seed = DefaultSeed.Load();
            seed.Organization!.ScpEnabled = false;
            aws.Host.Emulator.Reset(seed);
            var publisher = new ScpPublisher(org);
            var plan = await publisher.PlanAsync(Name, Guardrail(), new[] { DefaultSeed.ProdAccountId }, None);
            Assert.NotNull(plan.EnableScps);
            Assert.Contains("ENABLED", plan.EnableScps!.Desired);

            await publisher.EnableScpsAsync(plan, None);
            var policy = (await publisher.WriteContentAsync(plan, None)).Policy;
            await publisher.AttachAsync(policy.Id, DefaultSeed.ProdAccountId, None);

            var again = await publisher.PlanAsync(Name, Guardrail(), new[] { DefaultSeed.ProdAccountId }, None);
            Assert.Null(again.EnableScps);
            Assert.Null(again.Attach);
        }

        [Fact]
        public async Task UnpublishingFromOneTargetLeavesTheOthersAndEveryOtherPolicy()
        {
            string root = await RootIdAsync();
            var (_, policy) = await PublishAsync(Guardrail(), root, DefaultSeed.ProdAccountId);
            var unpublisher = new ScpUnpublisher(org);

            var plan = (await unpublisher.PlanAsync(Name, new[] { DefaultSeed.ProdAccountId, DefaultSeed.DevAccountId }, None))!;
            Assert.Equal(new[] { DefaultSeed.ProdAccountId }, plan.DetachTargetIds);
            Assert.Equal(new[] { DefaultSeed.DevAccountId }, plan.NotAttachedTargetIds);
            Assert.Null(plan.Deletion);
            await unpublisher.DetachAsync(plan, DefaultSeed.ProdAccountId, None);

            Assert.Equal(new[] { root }, (await Pagination.AllAsync((t, ct) => org.ListTargetsForPolicyAsync(policy.Id, t, ct), None)).Select(t => t.TargetId));
            Assert.Equal(new[] { "FullAWSAccess" }, (await Pagination.AllAsync((t, ct) => org.ListPoliciesForTargetAsync(DefaultSeed.ProdAccountId, PublishedScp.PolicyType, t, ct), None)).Select(p => p.Name));
        }

        [Fact]
        public async Task UnpublishingEverywhereDetachesAndDeletesOnlyTheGuardrail()
        {
            string root = await RootIdAsync();
            await PublishAsync(Guardrail(), root, DefaultSeed.DevAccountId);
            var unpublisher = new ScpUnpublisher(org);
            var plan = (await unpublisher.PlanAsync(Name, null, None))!;
            Assert.True(plan.Policy.ManagedByOsAccess);
            Assert.NotNull(plan.Deletion);
            aws.Host.Emulator.Requests.Clear();

            foreach (var target in plan.DetachTargetIds) Assert.Equal($"Detached from {target}", await unpublisher.DetachAsync(plan, target, None));
            Assert.Equal($"Deleted {plan.Policy.Summary.Id}", await unpublisher.DeleteAsync(plan, None));

            Assert.Equal(new[] { "DetachPolicy", "DetachPolicy", "DeletePolicy" }, Writes());
            Assert.Null(await unpublisher.PlanAsync(Name, null, None));
            Assert.Equal(new[] { "FullAWSAccess" }, (await Pagination.AllAsync((t, ct) => org.ListPoliciesAsync(PublishedScp.PolicyType, t, ct), None)).Select(p => p.Name));
        }

        [Fact]
        public async Task APolicyOfTheSameNameThatOsAccessDidNotCreateIsToldApart()
        {
            await org.CreatePolicyAsync(Name, "someone else's", PublishedScp.PolicyType, Guardrail().MinifiedJson, null, None);

            var plan = (await new ScpUnpublisher(org).PlanAsync(Name, null, None))!;

            Assert.False(plan.Policy.ManagedByOsAccess);
        }
    }
}
