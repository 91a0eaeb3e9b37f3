using System.Threading.Tasks;
using LocalAws.Tests.Support;

namespace LocalAws.Tests.Scenario;

/// <summary>
/// The guard that keeps the OSAccess exemption honest: an SCP denying changes to the OSAccess role to everyone but
/// the deployment role, so a member-account admin can neither create, re-trust nor widen it.
/// </summary>
public class RoleProtectionTests : LocalAwsTest<EnforcingLocalAwsFixture>
{
    private const string Guard = """
        {"Version":"2012-10-17","Statement":[{"Sid":"ProtectOSAccess","Effect":"Deny",
          "Action":["iam:CreateRole","iam:DeleteRole","iam:UpdateAssumeRolePolicy","iam:UpdateRole","iam:AttachRolePolicy",
                    "iam:DetachRolePolicy","iam:PutRolePolicy","iam:DeleteRolePolicy","iam:TagRole","iam:UntagRole"],
          "Resource":"arn:aws:iam::*:role/OSAccess",
          "Condition":{"ArnNotLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/OrganizationAccountAccessRole"}}}]}
        """;
    private const string Trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}]}""";
    public RoleProtectionTests(EnforcingLocalAwsFixture aws) : base(aws) { }

    [Fact]
    public async Task OnlyTheDeploymentRoleMayChangeOsAccess()
    {
        var policy = await Aws.Admin.Organizations("CreatePolicy", J.O(("Name", "ProtectOSAccess"), ("Description", "d"),
            ("Type", "SERVICE_CONTROL_POLICY"), ("Content", Guard)));
        string id = policy.Json["Policy"]!["PolicySummary"]!["Id"]!.GetValue<string>();
        var ou = (await Aws.Admin.Organizations("ListParents", J.O(("ChildId", "222222222222")))).Json["Parents"]![0]!["Id"]!.GetValue<string>();
        Assert.True((await Aws.Admin.Organizations("AttachPolicy", J.O(("PolicyId", id), ("TargetId", ou)))).Ok);

        var deployment = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole("222222222222"), "deploy");
        Assert.True((await deployment.Iam("CreateRole", ("RoleName", "OSAccess"), ("AssumeRolePolicyDocument", Trust))).Ok);
        Assert.True((await deployment.Iam("CreateRole", ("RoleName", "LocalAdmin"), ("AssumeRolePolicyDocument", Trust))).Ok);
        Assert.True((await deployment.Iam("AttachRolePolicy", ("RoleName", "LocalAdmin"), ("PolicyArn", "arn:aws:iam::aws:policy/AdministratorAccess"))).Ok);

        var localAdmin = await Aws.AssumeAsync(Aws.Admin, "arn:aws:iam::222222222222:role/LocalAdmin", "mallory");
        var retrust = await localAdmin.Iam("UpdateAssumeRolePolicy", ("RoleName", "OSAccess"), ("PolicyDocument", Trust.Replace("111111111111", "222222222222")));
        Assert.Equal("AccessDenied", retrust.ErrorCode);
        Assert.Contains("explicit deny in a service control policy", retrust.ErrorMessage);
        var widen = await localAdmin.Iam("AttachRolePolicy", ("RoleName", "OSAccess"), ("PolicyArn", "arn:aws:iam::aws:policy/AdministratorAccess"));
        Assert.Equal("AccessDenied", widen.ErrorCode);
        Assert.Equal("AccessDenied", (await localAdmin.Iam("DeleteRole", ("RoleName", "OSAccess"))).ErrorCode);
        Assert.True((await localAdmin.Iam("CreateRole", ("RoleName", "Other"), ("AssumeRolePolicyDocument", Trust))).Ok);
    }
}
