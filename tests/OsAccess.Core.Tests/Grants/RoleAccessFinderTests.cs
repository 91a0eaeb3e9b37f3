using System;
using System.Linq;
using OsAccess.Core.Evaluation;
using OsAccess.Core.Grants;
using Xunit;

namespace OsAccess.Core.Tests.Grants;

/// <summary>What RoleAccessFinder reports for one user's policies: which policy, which accounts, which window.</summary>
public class RoleAccessFinderTests
{
    private const string Bob = "arn:aws:iam::111111111111:user/bob";
    private static readonly DateTimeOffset Now = new(2030, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private static IdentityPolicySource Policy(string name, string statements) => new()
    {
        PolicyName = name,
        AttachedTo = "user bob",
        Policy = CompiledPolicy.Parse("{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}", name),
    };

    private static string Allow(string resource, string condition = "") =>
        "{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"" + resource + "\"" + (condition.Length == 0 ? "" : ",\"Condition\":" + condition) + "}";

    private static UnmanagedAccess[] Find(params IdentityPolicySource[] policies) =>
        RoleAccessFinder.Find("bob", Bob, policies, null, "OSAccess", null, Now).ToArray();

    [Fact]
    public void AnInclusiveBoundIsTheConditionsOwnInstant()
    {
        var found = Assert.Single(Find(Policy("p", Allow("arn:aws:iam::222222222222:role/OSAccess",
            "{\"DateGreaterThanEquals\":{\"aws:CurrentTime\":\"2030-05-01T13:00:00Z\"},\"DateLessThanEquals\":{\"aws:CurrentTime\":\"2030-05-01T14:00:00Z\"}}"))));

        Assert.Equal((new DateTimeOffset(2030, 5, 1, 13, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 5, 1, 14, 0, 0, TimeSpan.Zero)), (found.NotBefore!.Value, found.NotAfter!.Value));
        Assert.Equal(GrantStatus.Pending, found.StatusAt(Now));
    }

    [Fact]
    public void AnEndAloneLeavesTheStartOpen()
    {
        var found = Assert.Single(Find(Policy("p", Allow("*", "{\"DateLessThan\":{\"aws:CurrentTime\":\"2030-05-02T00:00:00Z\"}}"))));

        Assert.Null(found.NotBefore);
        Assert.Equal(new DateTimeOffset(2030, 5, 2, 0, 0, 0, TimeSpan.Zero), found.NotAfter);
        Assert.Equal(GrantStatus.Active, found.StatusAt(Now));
        Assert.Empty(found.AccountIds);
    }

    [Fact]
    public void ADenyInAnotherPolicyTakesTheAccessAway()
    {
        Assert.Empty(Find(Policy("admin", Allow("*")), Policy("deny", "{\"Effect\":\"Deny\",\"Action\":\"sts:*\",\"Resource\":\"*\"}")));
    }

    [Fact]
    public void ADenyForOneAccountLeavesTheOthersNamed()
    {
        var found = Find(Policy("named", Allow("arn:aws:iam::333333333333:role/OSAccess")), Policy("admin", Allow("*")),
            Policy("deny", "{\"Effect\":\"Deny\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"arn:aws:iam::222222222222:role/OSAccess\"}"));

        Assert.Equal(new[] { "333333333333" }, Assert.Single(found, f => f.PolicyName == "named").AccountIds);
        // The deny names 222222222222, so it is asked about and refused: not every account, but 333333333333 and every other.
        Assert.Equal(new[] { "333333333333", "*" }, Assert.Single(found, f => f.PolicyName == "admin").AccountIds);
    }

    [Fact]
    public void AnAllowThatNeedsAnotherKeyIsNotReported()
    {
        Assert.Empty(Find(Policy("mfa", Allow("*", "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}"))));
    }

    [Fact]
    public void AnotherRoleIsNotTheRole()
    {
        Assert.Empty(Find(Policy("other", Allow("arn:aws:iam::*:role/Deploy"))));
    }
}
