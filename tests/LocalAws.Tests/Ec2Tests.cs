using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using LocalAws.Authorization;
using LocalAws.Tests.Support;

namespace LocalAws.Tests;

/// <summary>EC2 (its Query protocol) and EC2 Instance Connect (JSON 1.1), as far as OS access goes.</summary>
public class Ec2Tests : LocalAwsTest<LocalAwsFixture>
{
    private const string Linux = "i-0a1b2c3d4e5f60001";
    private const string Windows = "i-0a1b2c3d4e5f60002";
    private const string Key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXAMPLEKEYEXAMPLEKEYEXAMPLEKEYEXAMPLEK tester";

    public Ec2Tests(LocalAwsFixture aws) : base(aws) { }

    private Task<AwsClient> Prod() => Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole("222222222222"));

    [Fact]
    public async Task GetPasswordDataGivesWindowsInstancesAPasswordAndLinuxNone()
    {
        var prod = await Prod();
        var windows = await prod.Ec2("GetPasswordData", ("InstanceId", Windows));
        var linux = await prod.Ec2("GetPasswordData", ("InstanceId", Linux));

        Assert.True(windows.Ok, windows.ToString());
        Assert.Equal("GetPasswordDataResponse", windows.Xml.Name.LocalName);
        Assert.Equal("http://ec2.amazonaws.com/doc/2016-11-15/", windows.Xml.Name.NamespaceName);
        Assert.Equal(Windows, windows.X("instanceId"));
        Assert.NotEmpty(windows.X("passwordData")!);
        Assert.NotNull(windows.X("requestId"));
        Assert.Equal("", linux.X("passwordData"));
        Assert.Equal($"arn:aws:ec2:us-east-1:222222222222:instance/{Windows}", Aws.Authorizer.Requests.First(r => r.Action == "ec2:GetPasswordData").Resource);
    }

    [Fact]
    public async Task GetPasswordDataErrorsComeInEc2sShape()
    {
        var prod = await Prod();
        var missing = await prod.Ec2("GetPasswordData", ("InstanceId", "i-0000000000000dead"));
        Assert.Equal(("InvalidInstanceID.NotFound", 400), (missing.ErrorCode, (int)missing.Status));
        Assert.Equal("Response", missing.Xml.Name.LocalName);
        Assert.NotNull(missing.X("RequestID"));
        var dryRun = await prod.Ec2("GetPasswordData", ("InstanceId", Windows), ("DryRun", "true"));
        Assert.Equal(("DryRunOperation", 412), (dryRun.ErrorCode, (int)dryRun.Status));
    }

    [Fact]
    public async Task AnEc2DenialIsUnauthorizedOperation()
    {
        var prod = await Prod();
        Aws.Authorizer.Decide = r => r.Action == "ec2:GetPasswordData"
            ? new AuthorizationDecision(AuthorizationOutcome.ImplicitDeny, "identity-based policy") : AuthorizationDecision.Allow;
        var denied = await prod.Ec2("GetPasswordData", ("InstanceId", Windows));
        Assert.Equal(("UnauthorizedOperation", 403), (denied.ErrorCode, (int)denied.Status));
        Assert.StartsWith("You are not authorized to perform this operation. User: arn:aws:sts::222222222222:assumed-role/", denied.ErrorMessage);
        Assert.Contains("is not authorized to perform: ec2:GetPasswordData on resource: arn:aws:ec2:us-east-1:222222222222:instance/i-0a1b2c3d4e5f60002 because no identity-based policy allows", denied.ErrorMessage);
        Assert.Contains(". Encoded authorization failure message: ", denied.ErrorMessage);
    }

    [Fact]
    public async Task TheSerialConsoleIsOffUntilEnabledPerAccountAndRegion()
    {
        var prod = await Prod();
        Assert.Equal("false", (await prod.Ec2("GetSerialConsoleAccessStatus")).X("serialConsoleAccessEnabled"));
        Assert.Equal("true", (await prod.Ec2("EnableSerialConsoleAccess")).X("serialConsoleAccessEnabled"));
        Assert.Equal("true", (await prod.Ec2("GetSerialConsoleAccessStatus")).X("serialConsoleAccessEnabled"));
        var dev = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole("333333333333"));
        Assert.Equal("false", (await dev.Ec2("GetSerialConsoleAccessStatus")).X("serialConsoleAccessEnabled"));
        Assert.Equal("false", (await prod.Ec2("DisableSerialConsoleAccess")).X("serialConsoleAccessEnabled"));
        Assert.Equal(new[] { "ec2:GetSerialConsoleAccessStatus", "ec2:EnableSerialConsoleAccess", "ec2:GetSerialConsoleAccessStatus", "ec2:GetSerialConsoleAccessStatus", "ec2:DisableSerialConsoleAccess" },
            Aws.Authorizer.Requests.Where(r => r.Action.StartsWith("ec2:")).Select(r => r.Action));
    }

    [Fact]
    public async Task SendSshPublicKeyIsAuthorisedOnTheInstanceWithTheOsUser()
    {
        Aws.Emulator.World.Instances[Linux].Tags["Team"] = "web";
        var prod = await Prod();
        var sent = await prod.InstanceConnect("SendSSHPublicKey", J.O(("InstanceId", Linux), ("InstanceOSUser", "ec2-user"), ("SSHPublicKey", Key)));

        Assert.True(sent.Ok, sent.ToString());
        Assert.True(sent.Json["Success"]!.GetValue<bool>());
        Assert.NotEmpty(sent.Json["RequestId"]!.GetValue<string>());
        var request = Aws.Authorizer.Last("ec2-instance-connect:SendSSHPublicKey");
        Assert.Equal($"arn:aws:ec2:us-east-1:222222222222:instance/{Linux}", request.Resource);
        Assert.Equal("ec2-user", request.Context["ec2:osuser"].Single());
        Assert.Equal("web", request.Context["aws:ResourceTag/Team"].Single());
    }

    [Fact]
    public async Task SendSshPublicKeyRefusesBadKeysAndUnknownOrHybridNodes()
    {
        var prod = await Prod();
        Assert.Equal("InvalidArgsException", (await prod.InstanceConnect("SendSSHPublicKey", J.O(("InstanceId", Linux), ("InstanceOSUser", "ec2-user"), ("SSHPublicKey", "not a key")))).ErrorCode);
        Assert.Equal("EC2InstanceNotFoundException", (await prod.InstanceConnect("SendSSHPublicKey", J.O(("InstanceId", "i-0000000000000dead"), ("InstanceOSUser", "ec2-user"), ("SSHPublicKey", Key)))).ErrorCode);
        var dev = await Aws.AssumeAsync(Aws.Admin, LocalAwsFixture.OrganizationAccessRole("333333333333"));
        Assert.Equal("EC2InstanceNotFoundException", (await dev.InstanceConnect("SendSSHPublicKey", J.O(("InstanceId", "mi-0a1b2c3d4e5f60004"), ("InstanceOSUser", "root"), ("SSHPublicKey", Key)))).ErrorCode);
        Assert.Equal("InvalidArgsException", (await prod.InstanceConnect("SendSSHPublicKey", J.O(("InstanceId", Linux), ("SSHPublicKey", Key)))).ErrorCode);
    }

    [Fact]
    public async Task SendSerialConsoleSshPublicKeyNeedsTheSerialConsoleOn()
    {
        var prod = await Prod();
        var off = await prod.InstanceConnect("SendSerialConsoleSSHPublicKey", J.O(("InstanceId", Linux), ("SSHPublicKey", Key)));
        Assert.Equal("SerialConsoleAccessDisabledException", off.ErrorCode);
        await prod.Ec2("EnableSerialConsoleAccess");
        var on = await prod.InstanceConnect("SendSerialConsoleSSHPublicKey", J.O(("InstanceId", Linux), ("SSHPublicKey", Key)));
        Assert.True(on.Ok, on.ToString());
        Assert.Equal("InvalidArgsException", (await prod.InstanceConnect("SendSerialConsoleSSHPublicKey", J.O(("InstanceId", Linux), ("SSHPublicKey", Key), ("SerialPort", 1)))).ErrorCode);
        Assert.Equal($"arn:aws:ec2:us-east-1:222222222222:instance/{Linux}", Aws.Authorizer.Last("ec2-instance-connect:SendSerialConsoleSSHPublicKey").Resource);
    }
}
