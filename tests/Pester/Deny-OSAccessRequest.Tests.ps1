BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    . (Join-Path $PSScriptRoot 'GrantHub.ps1')
    . (Join-Path $PSScriptRoot 'SignedAwsCall.ps1')
    . (Join-Path $PSScriptRoot 'RequestHub.ps1')
    $script:server = Start-LocalAws
    $script:bob, $script:erin, $script:carol, $script:dave, $script:admin = Get-RequestPeople $server
}

AfterAll { $script:server.Stop() }

Describe 'Deny-OSAccessRequest' {
    BeforeEach {
        Reset-RequestHub $server
        Clear-LocalAwsRequests $server
    }

    It 'records the refusal with its comment, gives no access, and cannot be approved after' {
        $topic = New-RequestTopic $server
        $asked = Request-OSAccess @bob -AccountId 222222222222 -Reason x
        $denied = $asked | Deny-OSAccessRequest @carol -Comment 'ask your lead' -NotificationTopicArn $topic -Confirm:$false

        $denied.Status | Should -Be 'Denied'
        $denied.Comment | Should -Be 'ask your lead'
        $denied.DecidedBy | Should -Be 'arn:aws:iam::111111111111:user/carol'
        $denied.GrantId | Should -BeNullOrEmpty
        (Get-PublishedMessage $server)[-1].subject | Should -Be "OsAccess request $($asked.RequestId) Denied: bob"
        Set-LocalAwsClock $server $asked.Start.AddMinutes(1)
        Test-PersonCanAssume $server bob | Should -BeFalse

        $err = $null
        $asked | Approve-OSAccessRequest @dave -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].Exception.Message | Should -BeLike '*already denied by arn:aws:iam::111111111111:user/carol*'
        @(Get-OSAccessGrant @admin).Count | Should -Be 0
    }

    It 'refuses to deny a request whose grant exists, saying how to revoke it, and leaves the access as it is' {
        $asked = Request-OSAccess @bob -AccountId 222222222222 -Reason x -Start (Get-Date).AddMinutes(-1)
        $null = $asked | Approve-OSAccessRequest @carol -Confirm:$false
        # The approval made its grant but reads undecided, as when its last write failed or is still on its way.
        $reopen = Invoke-SignedAwsCall -Endpoint $server.Endpoint -Service ssm -Target AmazonSSM.UpdateOpsItem -AccessKey $server.AccessKeyId `
            -SecretKey $server.SecretAccessKey -Body @{ OpsItemId = $asked.RequestId; Status = 'Open' }
        $reopen.StatusCode | Should -Be 200
        (Get-OSAccessRequest @dave -RequestId $asked.RequestId).Status | Should -Be 'Pending'

        $err = $null
        $asked | Deny-OSAccessRequest @dave -Comment no -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessRequestRefused,*'
        $err[0].Exception.Message | Should -BeLike "*already approved by arn:aws:iam::111111111111:user/carol at *Get-OSAccessGrant -GrantId $($asked.RequestId) | Revoke-OSAccess*"
        (Get-OSAccessRequest @dave -RequestId $asked.RequestId).Status | Should -Be 'Pending'
        Set-LocalAwsClock $server ([datetimeoffset]::UtcNow.AddMinutes(1))
        Test-PersonCanAssume $server bob | Should -BeTrue
    }

    It 'refuses an empty comment, naming -Comment, and writes nothing' {
        $asked = Request-OSAccess @bob -AccountId 222222222222 -Reason x
        Clear-LocalAwsRequests $server
        $err = $null
        $asked | Deny-OSAccessRequest @carol -Comment '' -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue

        $err[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessRequestInputInvalid*'
        $err[0].Exception.ParamName | Should -Be 'Comment'
        (Get-LocalAwsCounts $server).Count | Should -Be 0
    }

    It 'lets no requester deny' {
        $asked = Request-OSAccess @erin -AccountId 222222222222 -Reason x
        $err = $null
        $asked | Deny-OSAccessRequest @bob -Comment no -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue

        $err[0].Exception.Message | Should -Match 'not authorized'
        (Get-OSAccessRequest @carol).Status | Should -Be 'Pending'
    }
}
