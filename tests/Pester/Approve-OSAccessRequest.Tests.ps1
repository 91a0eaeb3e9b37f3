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

Describe 'Approve-OSAccessRequest' {
    BeforeEach {
        Reset-RequestHub $server
        Clear-LocalAwsRequests $server
    }

    It 'makes the grant, linked to the request, that lets the requester in inside the window only' {
        $asked = Request-OSAccess @bob -AccountId 222222222222 -Start (Get-Date).AddHours(1) -Duration 2:00 -Reason 'INC-42'
        $approved = Get-OSAccessRequest @carol -Status Pending | Approve-OSAccessRequest @carol -Comment 'ok' -Confirm:$false

        $approved.RequestId | Should -Be $asked.RequestId
        $approved.Status | Should -Be 'Approved'
        $approved.DecidedBy | Should -Be 'arn:aws:iam::111111111111:user/carol'
        $approved.Comment | Should -Be 'ok'
        $approved.GrantId | Should -Be $asked.RequestId
        $grant = Get-OSAccessGrant @admin -GrantId $approved.GrantId
        $grant.UserName | Should -Be 'bob'
        $grant.GrantedBy | Should -Be 'arn:aws:iam::111111111111:user/carol'
        $grant.Reason | Should -Be 'INC-42'
        $grant.NotBefore | Should -Be $asked.Start

        Test-PersonCanAssume $server bob | Should -BeFalse
        Set-LocalAwsClock $server $asked.Start.AddMinutes(1)
        Test-PersonCanAssume $server bob | Should -BeTrue
        Test-PersonCanAssume $server bob 333333333333 | Should -BeFalse
        Set-LocalAwsClock $server $asked.End.AddMinutes(1)
        Test-PersonCanAssume $server bob | Should -BeFalse
    }

    It 'refuses <Case>, writing nothing' -ForEach @(
        @{ Case = 'one''s own request'; Asker = 'dave'; Decide = $false; Message = '*is your own*another approver must decide it*' }
        @{ Case = 'a request already approved'; Asker = 'bob'; Decide = $true; Message = '*already approved by arn:aws:iam::111111111111:user/carol at*' }
    ) {
        $asker = Get-PersonAws $server $Asker
        $asked = Request-OSAccess @asker -AccountId 222222222222 -Reason x
        if ($Decide) { $null = $asked | Approve-OSAccessRequest @carol -Confirm:$false }
        Clear-LocalAwsRequests $server
        $err = $null
        $out = $asked | Approve-OSAccessRequest @dave -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue

        $out | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessRequestRefused*'
        $err[0].Exception.Message | Should -BeLike $Message
        Get-LocalAwsWrites $server | Should -Be 0
        (Get-LocalAwsCounts $server).Keys | Should -Not -Contain 'ssm:UpdateOpsItem'
    }

    It 'refuses a window over -MaxDuration, naming it, and writes nothing' {
        $asked = Request-OSAccess @bob -AccountId 222222222222 -Duration 6:00 -Reason x
        Clear-LocalAwsRequests $server
        $err = $null
        $asked | Approve-OSAccessRequest @carol -MaxDuration 4:00 -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue

        $err[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessRequestInputInvalid*'
        $err[0].Exception.ParamName | Should -Be 'MaxDuration'
        Get-LocalAwsWrites $server | Should -Be 0
    }

    It 'lets no requester approve, not even someone else''s request' {
        $asked = Request-OSAccess @erin -AccountId 222222222222 -Reason x
        $err = $null
        $asked | Approve-OSAccessRequest @bob -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue

        $err[0].Exception.Message | Should -Match 'not authorized'
        @(Get-OSAccessGrant @admin).Count | Should -Be 0
        (Get-OSAccessRequest @carol).Status | Should -Be 'Pending'
    }

    It 'shows with -WhatIf the grant it would make, and writes nothing' {
        $asked = Request-OSAccess @bob -AccountId 222222222222 -Reason x
        Clear-LocalAwsRequests $server
        $asked | Approve-OSAccessRequest @carol -WhatIf

        Get-LocalAwsWrites $server | Should -Be 0
        (Get-OSAccessRequest @carol).Status | Should -Be 'Pending'
    }

    It 'announces the approval, and only warns when the topic is broken' {
        $topic = New-RequestTopic $server
        $first = Request-OSAccess @bob -AccountId 222222222222 -Reason x
        $second = Request-OSAccess @erin -AccountId 222222222222 -Reason y
        $null = $first | Approve-OSAccessRequest @carol -NotificationTopicArn $topic -Confirm:$false
        $warnings = $null
        $approved = $second | Approve-OSAccessRequest @carol -NotificationTopicArn "$topic-gone" -Confirm:$false -WarningVariable warnings -WarningAction SilentlyContinue

        $message = Get-PublishedMessage $server | Select-Object -Last 1
        $message.subject | Should -Be "OsAccess request $($first.RequestId) Approved: bob"
        $message.message | Should -Match 'Decided by: arn:aws:iam::111111111111:user/carol'
        $approved.Status | Should -Be 'Approved'
        $warnings[0] | Should -Match 'announcing it to .*-gone failed'
        (Get-OSAccessGrant @admin -GrantId $second.RequestId).UserName | Should -Be 'erin'
    }

    It 'announces the window it granted, from now, for a request whose start has passed' {
        $topic = New-RequestTopic $server
        $asked = Request-OSAccess @bob -AccountId 222222222222 -Start (Get-Date).AddMinutes(-20) -Duration 1:00 -Reason x
        $approved = $asked | Approve-OSAccessRequest @carol -NotificationTopicArn $topic -Confirm:$false
        $grant = Get-OSAccessGrant @admin -GrantId $approved.GrantId
        $utc = { param($at) $at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", [cultureinfo]::InvariantCulture) }

        $grant.NotBefore | Should -BeGreaterThan $asked.Start
        $approved.Start | Should -Be $asked.Start -Because 'the request keeps the window asked for'
        (Get-PublishedMessage $server)[-1].message |
            Should -Match "^bob was granted access to OSAccess in 222222222222, $(& $utc $grant.NotBefore) to $(& $utc $grant.NotAfter)\.\n"
    }
}
