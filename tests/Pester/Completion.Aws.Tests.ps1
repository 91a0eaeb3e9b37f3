# Tab completion of -AccountId, -HubAccountId, -TargetId and -UserName from AWS, against LocalAws, through TabExpansion2.
# What completers read is kept 60 s per caller; each test completes as a caller of its own (its own -Region) so that
# what one test read is not what the next sees.
BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    . (Join-Path $PSScriptRoot 'GrantHub.ps1')
    $script:server = Start-LocalAws

    function script:Get-Completion([string] $line) {
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
    }
    # The AWS common parameters of a command line, acting as the seeded admin (or other keys) in a region of the test's own.
    function script:Caller([string] $Region, [string] $AccessKey = $server.AccessKeyId, [string] $SecretKey = $server.SecretAccessKey, [string] $Endpoint = $server.Endpoint) {
        "-AccessKey $AccessKey -SecretKey '$SecretKey' -Region $Region -EndpointUrl $Endpoint"
    }
    function script:Get-Calls([string] $Service) {
        @((Invoke-RestMethod "$($server.Endpoint)_localaws/requests").entries | Where-Object service -EQ $Service).Count
    }
}

AfterAll { $script:server.Stop() }

Describe 'Tab completion from AWS' {
    BeforeEach { Reset-GrantHub $server }

    It 'completes -AccountId with the organization''s active accounts, showing their names' {
        $matches = Get-Completion "Grant-OSAccess $(Caller eu-west-1) -AccountId "

        $matches.CompletionText | Should -Be '111111111111', '222222222222', '333333333333', '444444444444'
        ($matches | Where-Object CompletionText -EQ 222222222222).ToolTip | Should -Be 'prod'
        ($matches | Where-Object CompletionText -EQ 222222222222).ListItemText | Should -Be '222222222222  prod'
    }

    It 'completes an account from the start of its id or of its name' {
        (Get-Completion "Get-OSAccessSession $(Caller eu-west-2) -AccountId 33").CompletionText | Should -Be '333333333333'
        (Get-Completion "Publish-OSAccessRole $(Caller eu-west-2) -AccountId pro").CompletionText | Should -Be '222222222222'
        (Get-Completion "Test-OSAccessRole $(Caller eu-west-2) -HubAccountId 11").CompletionText | Should -Be '111111111111'
    }

    It 'completes -TargetId with the roots, OUs and accounts' {
        $organization = Invoke-RestMethod "$($server.Endpoint)_localaws/organization"  # its ids are new on each reset
        $targets = (Get-Completion "Publish-OSAccessScp $(Caller eu-west-3) -TargetId ").CompletionText

        $targets | Should -Contain $organization.rootId
        foreach ($unit in 'Workloads', 'Prod', 'Dev', 'Security') { $targets | Should -Contain $organization.organizationalUnits.$unit }
        $targets | Should -Contain '222222222222'
        (Get-Completion "Test-OSAccessScp $(Caller eu-west-3) -TargetId Sec").CompletionText | Should -Be $organization.organizationalUnits.Security
    }

    It 'completes -UserName with the hub''s IAM users' {
        (Get-Completion "Grant-OSAccess $(Caller eu-north-1) -UserName ").CompletionText | Should -Be 'admin', 'alice', 'bob', 'carol'
        (Get-Completion "Revoke-OSAccess $(Caller eu-north-1) -UserName b").CompletionText | Should -Be 'bob'
    }

    It 'asks AWS once: a second Tab within the minute makes no call' {
        $null = Get-Completion "Grant-OSAccess $(Caller ap-south-1) -AccountId "
        $null = Get-Completion "Grant-OSAccess $(Caller ap-south-1) -UserName "
        $organizationCalls = Get-Calls organizations
        $iamCalls = Get-Calls iam
        Invoke-RestMethod -Method Delete -Uri "$($server.Endpoint)_localaws/requests" | Out-Null

        (Get-Completion "Grant-OSAccess $(Caller ap-south-1) -AccountId 2").CompletionText | Should -Be '222222222222'
        (Get-Completion "Get-OSAccessGrant $(Caller ap-south-1) -UserName ").CompletionText | Should -Contain 'bob'

        $organizationCalls | Should -BeGreaterThan 0
        $iamCalls | Should -BeGreaterThan 0
        (Invoke-RestMethod "$($server.Endpoint)_localaws/requests").total | Should -Be 0
    }

    It 'asks again as another caller' {
        $null = Get-Completion "Grant-OSAccess $(Caller ap-south-2) -AccountId "
        Invoke-RestMethod -Method Delete -Uri "$($server.Endpoint)_localaws/requests" | Out-Null

        $alice = Get-Completion "Grant-OSAccess $(Caller ap-south-2 AKIAALICEEXAMPLE0001 aliceSecretKeyEXAMPLEaliceSecretKeyEXAMP) -AccountId 4"

        $alice.CompletionText | Should -Be '444444444444'
        Get-Calls organizations | Should -BeGreaterThan 0
    }

    It 'offers nothing, and throws nothing, when AWS refuses or does not answer' {
        $wrongKey = Caller ca-central-1 AKIAIOSFODNN7EXAMPLE wrong-secret
        $nobody = Caller ca-central-1 -Endpoint 'http://127.0.0.1:9/'

        Get-Completion "Grant-OSAccess $wrongKey -AccountId " | Should -BeNullOrEmpty
        Get-Completion "Grant-OSAccess $wrongKey -UserName " | Should -BeNullOrEmpty
        Get-Completion "Publish-OSAccessScp $nobody -TargetId " | Should -BeNullOrEmpty
        Get-Completion "Grant-OSAccess -ProfileName no-such-profile -AccountId " | Should -BeNullOrEmpty
    }

    It 'does not keep a failure: the next Tab asks again' {
        $denied = Caller sa-east-1 AKIAALICEEXAMPLE0001 aliceSecretKeyEXAMPLEaliceSecretKeyEXAMP
        Invoke-RestMethod -Method Post -Uri "$($server.Endpoint)_localaws/faults" -Body '{"kind":"serverError","service":"iam","operation":"ListUsers","count":100}' -ContentType 'application/json' | Out-Null
        Get-Completion "Grant-OSAccess $denied -UserName " | Should -BeNullOrEmpty
        Invoke-RestMethod -Method Delete -Uri "$($server.Endpoint)_localaws/faults" | Out-Null

        (Get-Completion "Grant-OSAccess $denied -UserName al").CompletionText | Should -Be 'alice'
    }
}
