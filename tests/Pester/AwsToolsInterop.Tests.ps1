# AWS.Tools' objects piped into OsAccess, and OsAccess's objects piped into each other, against LocalAws.
# The objects have exactly AWS.Tools' shapes (AwsToolsShapes.ps1): real AWSSDK.EC2 and AWSSDK.SecurityToken models,
# classes with the property names and types of the Organizations and IAM models.
BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    . (Join-Path $PSScriptRoot 'GrantHub.ps1')
    . (Join-Path $PSScriptRoot 'AwsToolsShapes.ps1')
    . (Join-Path $PSScriptRoot '../../examples/PersonSession.ps1')
    Import-PersonSdk $env:OSACCESS_MODULE
    $script:server = Start-LocalAws
    $script:aws = @{ EndpointUrl = $server.Endpoint; AccessKey = $server.AccessKeyId; SecretKey = $server.SecretAccessKey; Region = 'us-east-1' }
    $script:prod = New-OrgAccountShape 222222222222 prod
    $script:dev = New-OrgAccountShape 333333333333 dev

    function script:Start-BobSession([string] $Instance = 'i-0a1b2c3d4e5f60001') {
        $null = Grant-OSAccess @aws -UserName bob -AccountId 222222222222 -Reason live
        $null = Invoke-RestMethod -Method Post -Uri "$($server.Endpoint)_localaws/clock" -Body '{"advanceSeconds":2}' -ContentType 'application/json'
        $key = Get-PersonKey bob
        $credentials = New-PersonRoleSession $server.Endpoint $key.accessKeyId $key.secretAccessKey 'arn:aws:iam::222222222222:role/OSAccess' bob
        Start-PersonSession $server.Endpoint $credentials $Instance
    }
}

AfterAll { $script:server.Stop() }

Describe 'AWS.Tools objects bind by property name' {
    BeforeEach { Reset-GrantHub $server }

    It 'Get-ORGAccount accounts (Id, with Name and Status beside it) give the accounts of Grant-OSAccess and Get-OSAccessGrant' {
        $grant = $prod, $dev | Grant-OSAccess @aws -UserName bob -Reason T-1

        $grant.AccountId | Should -Be '222222222222', '333333333333'
        ($prod | Get-OSAccessGrant @aws).GrantId | Should -Be $grant.GrantId
        (New-OrgAccountShape 444444444444 audit | Get-OSAccessGrant @aws) | Should -BeNullOrEmpty
    }

    It 'Get-ORGAccount accounts go to Publish-OSAccessRole and Test-OSAccessRole' {
        Reset-LocalAws $server
        $published = $prod, $dev | Publish-OSAccessRole @aws -HubAccountId 111111111111

        $published.AccountId | Sort-Object | Should -Be '222222222222', '333333333333'
        $prod, $dev | Test-OSAccessRole @aws -HubAccountId 111111111111 -Quiet | Should -BeTrue
    }

    It 'Get-ORGAccount accounts give the policy documents their accounts' {
        $json = ($prod, $dev | New-OSAccessRolePolicyDocument).Json -join "`n"
        $grantJson = ($prod, $dev | New-OSAccessGrantPolicyDocument -Duration 01:00:00).Json -join "`n"

        foreach ($account in '222222222222', '333333333333') { $json | Should -Match $account; $grantJson | Should -Match $account }
    }

    It 'Get-IAMUser users (UserName) choose whose grants Get-OSAccessGrant lists and Revoke-OSAccess revokes' {
        $bob = Grant-OSAccess @aws -UserName bob -AccountId 222222222222 -Reason T-1
        $null = Grant-OSAccess @aws -UserName carol -AccountId 222222222222 -Reason T-2
        $user = New-IamUserShape bob

        ($user | Get-OSAccessGrant @aws).GrantId | Should -Be $bob.GrantId
        ($user | Grant-OSAccess @aws -AccountId 333333333333 -Reason T-3).UserName | Should -Be 'bob'
        $revoked = $user | Revoke-OSAccess @aws -Confirm:$false

        @($revoked.UserName | Select-Object -Unique) | Should -Be 'bob'
        (Get-OSAccessGrant @aws).UserName | Should -Be 'carol'
    }

    It 'Get-ORGAccount accounts choose which grants Revoke-OSAccess revokes' {
        $null = Grant-OSAccess @aws -UserName bob -AccountId 222222222222 -Reason T-1
        $stays = Grant-OSAccess @aws -UserName bob -AccountId 333333333333 -Reason T-2

        $null = $prod | Revoke-OSAccess @aws -UserName bob -Confirm:$false

        (Get-OSAccessGrant @aws).GrantId | Should -Be $stays.GrantId
    }

    It 'Get-ORGOrganizationalUnit and Get-ORGRoot objects (Id) are the targets of Test-OSAccessScp' {
        $org = Invoke-RestMethod "$($server.Endpoint)_localaws/organization"

        $inProd = New-OrgTargetShape $org.organizationalUnits.Prod Prod | Test-OSAccessScp @aws
        $inRoot = New-OrgTargetShape $org.rootId Root -Root | Test-OSAccessScp @aws

        $inProd.AccountId | Should -Be '222222222222'
        $inRoot.AccountId | Sort-Object | Should -Be '111111111111', '222222222222', '333333333333', '444444444444'
    }

    It 'Get-EC2Instance reservations (OwnerId, Instances) give Get-OSAccessSession the account and the instances' {
        $session = Start-BobSession

        $found = New-Ec2ReservationShape 222222222222 i-0a1b2c3d4e5f60001 | Get-OSAccessSession @aws
        $elsewhere = New-Ec2ReservationShape 222222222222 i-0a1b2c3d4e5f60002 | Get-OSAccessSession @aws

        $found.SessionId | Should -Be $session
        $found.Target | Should -Be 'i-0a1b2c3d4e5f60001'
        $elsewhere | Should -BeNullOrEmpty
    }

    It 'Get-EC2Instance instances (InstanceId) are the targets of Get-OSAccessSession' {
        $session = Start-BobSession
        $instances = (New-Ec2ReservationShape 222222222222 i-0a1b2c3d4e5f60001, i-0a1b2c3d4e5f60002).Instances

        ($instances | Get-OSAccessSession @aws -AccountId 222222222222).SessionId | Should -Be $session
        (Get-OSAccessSession @aws -AccountId 222222222222 -Target $instances).SessionId | Should -Be $session
    }

    It 'Get-STSCallerIdentity (Account) gives the account, and Get-IAMUser the person, of Get-OSAccessSession' {
        $session = Start-BobSession

        (New-StsCallerIdentityShape 222222222222 'arn:aws:iam::222222222222:user/x' | Get-OSAccessSession @aws).SessionId | Should -Be $session
        (New-IamUserShape bob | Get-OSAccessSession @aws -AccountId 222222222222).SessionId | Should -Be $session
        New-IamUserShape carol | Get-OSAccessSession @aws -AccountId 222222222222 | Should -BeNullOrEmpty
    }

    It 'Get-STSCallerIdentity (Account) gives the hub of a trust policy and the account of Get-OSAccessContext' {
        $hub = New-StsCallerIdentityShape 111111111111 'arn:aws:iam::111111111111:user/admin'
        $member = New-StsCallerIdentityShape 222222222222 'arn:aws:sts::222222222222:assumed-role/Admin/x'

        ($hub | New-OSAccessTrustPolicyDocument).Json | Should -Match 'arn:aws:iam::111111111111:root'
        ($member | Get-OSAccessContext @aws).Account | Should -Be '222222222222'
    }
}

Describe 'OsAccess objects pipe into each other' {
    BeforeEach { Reset-GrantHub $server }

    It 'Test-OSAccessScp | Where-Object { -not $_.Compliant } keeps the accounts that need the guardrail' {
        $null = Publish-OSAccessScp @aws -TargetId 222222222222 -Confirm:$false

        $failing = Test-OSAccessScp @aws | Where-Object { -not $_.Compliant }

        $failing.AccountId | Sort-Object | Should -Be '333333333333', '444444444444'
    }

    It 'Get-OSAccessSession | Stop-OSAccessSession ends the sessions found by a Get-EC2Instance reservation' {
        $session = Start-BobSession

        New-Ec2ReservationShape 222222222222 i-0a1b2c3d4e5f60001 | Get-OSAccessSession @aws | Stop-OSAccessSession @aws -Confirm:$false

        Get-OSAccessSession @aws -AccountId 222222222222 | Should -BeNullOrEmpty
        (Get-OSAccessSession @aws -AccountId 222222222222 -History).SessionId | Should -Be $session
    }
}
