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

Describe 'Stop-OSAccessRequest' {
    BeforeEach {
        Reset-RequestHub $server
        Clear-LocalAwsRequests $server
        Remove-Variable -Name OSAccessNotificationTopicArn -Scope Global -ErrorAction SilentlyContinue
    }

    AfterAll { Remove-Variable -Name OSAccessNotificationTopicArn -Scope Global -ErrorAction SilentlyContinue }

    It 'withdraws the requester''s own pending request, which then cannot be approved' {
        $asked = Request-OSAccess @bob -AccountId 222222222222 -Reason x
        $withdrawn = Get-OSAccessRequest @bob -Mine -Status Pending | Stop-OSAccessRequest @bob -Confirm:$false

        $withdrawn.Status | Should -Be 'Cancelled'
        (Get-OSAccessRequest @carol -RequestId $asked.RequestId).Status | Should -Be 'Cancelled'
        $err = $null
        $asked | Approve-OSAccessRequest @carol -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].Exception.Message | Should -BeLike '*was withdrawn by bob*'
        @(Get-OSAccessGrant @admin).Count | Should -Be 0
    }

    It 'lets nobody withdraw someone else''s request' {
        $asked = Request-OSAccess @bob -AccountId 222222222222 -Reason x
        foreach ($other in $erin, $carol) {
            $err = $null
            $asked | Stop-OSAccessRequest @other -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
            $err.Count | Should -Be 1
        }
        (Get-OSAccessRequest @carol).Status | Should -Be 'Pending'
    }

    It 'refuses a request already decided' {
        $asked = Request-OSAccess @bob -AccountId 222222222222 -Reason x | Deny-OSAccessRequest @carol -Comment no -Confirm:$false
        $err = $null
        $asked | Stop-OSAccessRequest @bob -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue

        $err[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessRequestRefused*'
        $err[0].Exception.Message | Should -BeLike '*is Denied, not Pending*'
    }

    It 'announces the withdrawal to -NotificationTopicArn, or to $OSAccessNotificationTopicArn, without its reason' {
        $topic = New-RequestTopic $server
        $first = Request-OSAccess @bob -AccountId 222222222222 -Reason 'secret reason'
        $second = Request-OSAccess @bob -AccountId 333333333333 -Reason 'another'
        $null = $first | Stop-OSAccessRequest @bob -NotificationTopicArn $topic -Confirm:$false
        $global:OSAccessNotificationTopicArn = $topic
        $null = $second | Stop-OSAccessRequest @bob -Confirm:$false

        $messages = Get-PublishedMessage $server
        $messages | ForEach-Object { "$($_.topicArn) $($_.subject)" } |
            Should -Be "$topic OsAccess request $($first.RequestId) Cancelled: bob", "$topic OsAccess request $($second.RequestId) Cancelled: bob"
        $messages[0].message | Should -Match "^bob withdrew the request for access to OSAccess in 222222222222, .+ to .+\.\nRequest: $($first.RequestId)$"
        $messages.message | Should -Not -Match 'secret reason'
    }

    It 'only warns when the topic cannot be published to, and still withdraws the request' {
        $asked = Request-OSAccess @bob -AccountId 222222222222 -Reason x
        $warnings = $null
        $withdrawn = $asked | Stop-OSAccessRequest @bob -NotificationTopicArn 'arn:aws:sns:us-east-1:111111111111:no-such-topic' -Confirm:$false -WarningVariable warnings -WarningAction SilentlyContinue

        $withdrawn.Status | Should -Be 'Cancelled'
        $warnings.Count | Should -Be 1
        $warnings[0] | Should -Match "Request $($asked.RequestId) is Cancelled, but announcing it to arn:aws:sns:us-east-1:111111111111:no-such-topic failed"
        (Get-OSAccessRequest @carol -RequestId $asked.RequestId).Status | Should -Be 'Cancelled'
        Get-PublishedMessage $server | Should -BeNullOrEmpty
    }
}
