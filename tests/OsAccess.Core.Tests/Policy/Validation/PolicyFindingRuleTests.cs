using System.Collections.Generic;
using System.Linq;
using OsAccess.Core.Policy.Validation;
using static OsAccess.Core.Tests.Policy.Validation.PolicyTexts;

namespace OsAccess.Core.Tests.Policy.Validation
{
    /// <summary>For every finding id: a policy that has the problem, and the same policy with it fixed.</summary>
    public class PolicyFindingRuleTests
    {
        public static readonly TheoryData<string, PolicyType, string, string> Cases = new TheoryData<string, PolicyType, string, string>
        {
            { "ParseError", PolicyType.Identity, J("{'Version':'2012-10-17','Statement':[{'Effect':'Allow'"), Identity() },
            { "InvalidCharacter", PolicyType.Identity, Identity().Replace("instance/*", "instance/i\u2019*"), Identity() },
            { "MissingVersion", PolicyType.Identity, Identity().Replace(J("'Version':'2012-10-17',"), ""), Identity() },
            { "UnknownVersion", PolicyType.Identity, Identity().Replace("2012-10-17", "2012-10-18"), Identity() },
            { "LegacyVersion", PolicyType.Identity, Identity().Replace("2012-10-17", "2008-10-17"), Identity() },
            { "ScpVersion", PolicyType.ServiceControl, Scp().Replace("2012-10-17", "2008-10-17"), Scp() },
            { "EmptyStatement", PolicyType.Identity, J("{'Version':'2012-10-17','Statement':[]}"), Identity() },
            { "DuplicateSid", PolicyType.Identity, PolicyOf(Statement("'Sid':'A','Effect':'Deny','Action':'ssm:*','Resource':'*'"), Statement("'Sid':'A','Effect':'Deny','Action':'ec2:*','Resource':'*'")),
                PolicyOf(Statement("'Sid':'A','Effect':'Deny','Action':'ssm:*','Resource':'*'"), Statement("'Sid':'B','Effect':'Deny','Action':'ec2:*','Resource':'*'")) },
            { "DuplicateSidIgnoringCase", PolicyType.Identity, PolicyOf(Statement("'Sid':'SsmStartSession','Effect':'Deny','Action':'ssm:*','Resource':'*'"), Statement("'Sid':'SSMStartSession','Effect':'Deny','Action':'ec2:*','Resource':'*'")),
                PolicyOf(Statement("'Sid':'SsmStartSession','Effect':'Deny','Action':'ssm:*','Resource':'*'"), Statement("'Sid':'GuiStartSession','Effect':'Deny','Action':'ec2:*','Resource':'*'")) },
            { "InvalidSidCharacters", PolicyType.Identity, Identity().Replace(J("'StartSession'"), J("'Start Session'")), Identity() },
            { "MissingEffect", PolicyType.Identity, Identity().Replace(J("'Effect':'Allow',"), ""), Identity() },
            { "InvalidEffect", PolicyType.Identity, Identity().Replace(J("'Allow'"), J("'allow'")), Identity() },
            { "MissingAction", PolicyType.Identity, Identity().Replace(J("'Action':'ssm:StartSession',"), ""), Identity() },
            { "ActionAndNotAction", PolicyType.Identity, Identity(J(",'NotAction':'ssm:SendCommand'")), Identity() },
            { "InvalidActionFormat", PolicyType.Identity, Identity().Replace("ssm:StartSession", "SSM:StartSession"), Identity() },
            { "MissingResource", PolicyType.Identity, Identity().Replace(J(",'Resource':'arn:aws:ec2:*:111111111111:instance/*'"), ""), Identity() },
            { "ResourceAndNotResource", PolicyType.Identity, Identity(J(",'NotResource':'arn:aws:ec2:*:111111111111:instance/i-1'")), Identity() },
            { "ResourceNotSupported", PolicyType.Trust, Trust(J(",'Resource':'*'")), Trust() },
            { "InvalidArnFormat", PolicyType.Identity, Identity().Replace("arn:aws:ec2:*:111111111111:instance/*", "arn:aws:ec2:instance"), Identity() },
            { "PrincipalNotSupported", PolicyType.Identity, Identity(J(",'Principal':'*'")), Identity() },
            { "MissingPrincipal", PolicyType.Trust, Trust().Replace(J("'Principal':{'AWS':'arn:aws:iam::111111111111:root'},"), ""), Trust() },
            { "NotPrincipalWithAllow", PolicyType.Resource, Resource(J(",'NotPrincipal':{'AWS':'arn:aws:iam::111111111111:role/Admin'}")),
                Resource(J(",'NotPrincipal':{'AWS':'arn:aws:iam::111111111111:role/Admin'}")).Replace(J("'Allow'"), J("'Deny'")) },
            { "UnknownConditionOperator", PolicyType.Identity, Identity(J(",'Condition':{'StringEqual':{'aws:username':'alice'}}")), Identity(J(",'Condition':{'StringEquals':{'aws:username':'alice'}}")) },
            { "InvalidConditionValue", PolicyType.Identity, Identity(J(",'Condition':{'DateLessThan':{'aws:CurrentTime':'tomorrow'}}")), Identity(J(",'Condition':{'DateLessThan':{'aws:CurrentTime':'2020-06-30T23:59:59Z'}}")) },
            { "DateWithoutTimeZone", PolicyType.Identity, Identity(J(",'Condition':{'DateLessThan':{'aws:CurrentTime':'2020-06-30T23:59:59'}}")), Identity(J(",'Condition':{'DateLessThan':{'aws:CurrentTime':'2020-06-30T23:59:59Z'}}")) },
            { "ForAllValuesWithAllow", PolicyType.Identity, Identity(J(",'Condition':{'ForAllValues:StringEquals':{'aws:TagKeys':['env']}}")),
                Identity(J(",'Condition':{'ForAllValues:StringEquals':{'aws:TagKeys':['env']},'Null':{'aws:TagKeys':'false'}}")) },
            { "Placeholder", PolicyType.Identity, Identity().Replace(Account, "<ACCOUNT_ID>"), Identity() },
            { "SampleAccountId", PolicyType.Identity, Identity().Replace(Account, "123456789012"), Identity() },
            { "PolicyVariableWithoutVersion", PolicyType.Identity, Identity(J(",'Condition':{'StringEquals':{'aws:username':'${aws:username}'}}")).Replace("2012-10-17", "2008-10-17"),
                Identity(J(",'Condition':{'StringEquals':{'aws:username':'${aws:username}'}}")) },
            { "SizeExceeded", PolicyType.Identity, OfSize(PolicyType.Identity, 6145), OfSize(PolicyType.Identity, 6144) },
            { "SizeNearLimit", PolicyType.Identity, OfSize(PolicyType.Identity, 5600), OfSize(PolicyType.Identity, 5500) },
            { "TrustSizeAboveDefault", PolicyType.Trust, OfSize(PolicyType.Trust, 2049), OfSize(PolicyType.Trust, 2048) },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void FiresOnAPolicyWithTheProblem(string id, PolicyType type, string bad, string good)
        {
            _ = good;
            var findings = PolicyValidator.Validate(bad, type);

            var finding = Assert.Single(findings, f => f.Id == id);
            Assert.Equal(PolicyFindingRules.All.Single(r => r.Id == id).Severity, finding.Severity);
            Assert.True(finding.Position.IsKnown, $"{id} has no position");
            Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void StaysSilentOnThePolicyWithTheProblemFixed(string id, PolicyType type, string bad, string good)
        {
            _ = bad;
            var findings = PolicyValidator.Validate(good, type);

            Assert.DoesNotContain(findings, f => f.Id == id);
        }

        [Fact]
        public void EveryRuleHasACase()
        {
            var covered = new HashSet<string>(Cases.Select(row => (string)row[0]));

            Assert.All(PolicyFindingRules.All, rule => Assert.Contains(rule.Id, covered));
        }

        [Fact]
        public void RuleIdsAreUnique()
        {
            Assert.Equal(PolicyFindingRules.All.Count, PolicyFindingRules.All.Select(r => r.Id).Distinct().Count());
        }

        [Theory]
        [InlineData(PolicyType.Identity)]
        [InlineData(PolicyType.ServiceControl)]
        [InlineData(PolicyType.Trust)]
        [InlineData(PolicyType.Resource)]
        [InlineData(PolicyType.UserInline)]
        [InlineData(PolicyType.GroupInline)]
        [InlineData(PolicyType.RoleInline)]
        [InlineData(PolicyType.PermissionsBoundary)]
        [InlineData(PolicyType.Session)]
        public void BaselinePoliciesHaveNoFindings(PolicyType type)
        {
            Assert.Empty(PolicyValidator.Validate(Baseline(type), type));
        }
    }
}
