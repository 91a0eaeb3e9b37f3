# Objects shaped as AWS.Tools emits them, for tests that pipe them into OsAccess.
# EC2 and STS: the real AWSSDK model types (Amazon.EC2.Model.Reservation/Instance from AWSSDK.EC2, which tests/Tools
# downloads; Amazon.SecurityToken.Model.GetCallerIdentityResponse), loaded with an AWSSDK.Core into a load context of
# their own so that nothing of them reaches the default context the module is tested in.
# Organizations and IAM (whose AWSSDK packages are not served here): classes with the property names and types of
# Amazon.Organizations.Model.Account/Root/OrganizationalUnit and Amazon.IdentityManagement.Model.User.

if (-not ('OsAccessTests.AwsTools.Account' -as [type])) {
    Add-Type -TypeDefinition @'
using System;
using System.Collections.Generic;
namespace OsAccessTests.AwsTools
{
    // Amazon.Runtime.ConstantClass as Amazon.Organizations.AccountStatus derives from it: Value, and ToString() the value.
    public sealed class AccountStatus
    {
        public AccountStatus(string value) { Value = value; }
        public string Value { get; }
        public override string ToString() { return Value; }
    }
    public sealed class Account
    {
        public string Arn { get; set; }
        public string Email { get; set; }
        public string Id { get; set; }
        public AccountStatus JoinedMethod { get; set; }
        public DateTime JoinedTimestamp { get; set; }
        public string Name { get; set; }
        public AccountStatus Status { get; set; }
    }
    public sealed class PolicyTypeSummary
    {
        public string Status { get; set; }
        public string Type { get; set; }
    }
    public sealed class Root
    {
        public string Arn { get; set; }
        public string Id { get; set; }
        public string Name { get; set; }
        public List<PolicyTypeSummary> PolicyTypes { get; set; }
    }
    public sealed class OrganizationalUnit
    {
        public string Arn { get; set; }
        public string Id { get; set; }
        public string Name { get; set; }
    }
    public sealed class Tag
    {
        public string Key { get; set; }
        public string Value { get; set; }
    }
    public sealed class User
    {
        public string Arn { get; set; }
        public DateTime CreateDate { get; set; }
        public DateTime PasswordLastUsed { get; set; }
        public string Path { get; set; }
        public object PermissionsBoundary { get; set; }
        public List<Tag> Tags { get; set; }
        public string UserId { get; set; }
        public string UserName { get; set; }
    }
}
'@
}

# What Get-ORGAccount emits for an account of the organization.
function New-OrgAccountShape([string] $Id, [string] $Name, [string] $Status = 'ACTIVE') {
    $account = [OsAccessTests.AwsTools.Account]::new()
    $account.Id = $Id
    $account.Name = $Name
    $account.Arn = "arn:aws:organizations::111111111111:account/o-exampleorgid/$Id"
    $account.Email = "$Name@example.com"
    $account.JoinedMethod = [OsAccessTests.AwsTools.AccountStatus]::new('CREATED')
    $account.JoinedTimestamp = [datetime]'2024-01-01T00:00:00Z'
    $account.Status = [OsAccessTests.AwsTools.AccountStatus]::new($Status)
    $account
}

# What Get-ORGRoot (-Root) or Get-ORGOrganizationalUnit (OU) emits.
function New-OrgTargetShape([string] $Id, [string] $Name, [switch] $Root) {
    $target = if ($Root) { [OsAccessTests.AwsTools.Root]::new() } else { [OsAccessTests.AwsTools.OrganizationalUnit]::new() }
    $target.Id = $Id
    $target.Name = $Name
    $target.Arn = "arn:aws:organizations::111111111111:$(if ($Root) { 'root' } else { 'ou' })/o-exampleorgid/$Id"
    if ($Root) { $target.PolicyTypes = [System.Collections.Generic.List[OsAccessTests.AwsTools.PolicyTypeSummary]]::new() }
    $target
}

# What Get-IAMUser emits.
function New-IamUserShape([string] $UserName, [string] $Account = '111111111111') {
    $user = [OsAccessTests.AwsTools.User]::new()
    $user.UserName = $UserName
    $user.Path = '/'
    $user.Arn = "arn:aws:iam::${Account}:user/$UserName"
    $user.UserId = 'AIDA' + $UserName.ToUpperInvariant().PadRight(17, 'X')
    $user.CreateDate = [datetime]'2024-01-01T00:00:00Z'
    $user.Tags = [System.Collections.Generic.List[OsAccessTests.AwsTools.Tag]]::new()
    $user.Tags.Add([OsAccessTests.AwsTools.Tag]@{ Key = 'team'; Value = 'ops' })
    $user
}

$script:awsSdkModels = $null
function Get-AwsSdkModels {
    if (-not $script:awsSdkModels) {
        $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
        $newest = { param($pattern) Get-ChildItem $pattern | Sort-Object { [version]$_.Directory.Parent.Parent.Name } | Select-Object -Last 1 }
        $context = [System.Runtime.Loader.AssemblyLoadContext]::new('aws-tools-shapes')
        $null = $context.LoadFromAssemblyPath((& $newest "$packages/awssdk.core/4.0.*/lib/netstandard2.0/AWSSDK.Core.dll").FullName)
        $script:awsSdkModels = @{
            Ec2 = $context.LoadFromAssemblyPath((& $newest "$packages/awssdk.ec2/4.0.*/lib/netstandard2.0/AWSSDK.EC2.dll").FullName)
            Sts = $context.LoadFromAssemblyPath((& $newest "$packages/awssdk.securitytoken/4.0.*/lib/netstandard2.0/AWSSDK.SecurityToken.dll").FullName)
        }
    }
    $script:awsSdkModels
}

# What Get-EC2Instance emits: an Amazon.EC2.Model.Reservation with its Instances.
function New-Ec2ReservationShape([string] $OwnerId, [string[]] $InstanceId) {
    $ec2 = (Get-AwsSdkModels).Ec2
    $instanceType = $ec2.GetType('Amazon.EC2.Model.Instance', $true)
    $reservation = [Activator]::CreateInstance($ec2.GetType('Amazon.EC2.Model.Reservation', $true))
    $reservation.ReservationId = 'r-0123456789abcdef0'
    $reservation.OwnerId = $OwnerId
    $reservation.Instances = [Activator]::CreateInstance([System.Collections.Generic.List`1].MakeGenericType($instanceType))
    foreach ($id in $InstanceId) {
        $instance = [Activator]::CreateInstance($instanceType)
        $instance.InstanceId = $id
        $reservation.Instances.Add($instance)
    }
    $reservation
}

# What Get-STSCallerIdentity emits: an Amazon.SecurityToken.Model.GetCallerIdentityResponse.
function New-StsCallerIdentityShape([string] $Account, [string] $Arn) {
    $identity = [Activator]::CreateInstance((Get-AwsSdkModels).Sts.GetType('Amazon.SecurityToken.Model.GetCallerIdentityResponse', $true))
    $identity.Account = $Account
    $identity.Arn = $Arn
    $identity.UserId = 'AIDAEXAMPLE'
    $identity
}
