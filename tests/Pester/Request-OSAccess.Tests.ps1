BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    . (Join-Path $PSScriptRoot 'GrantHub.ps1')
    . (Join-Path $PSScriptRoot 'SignedAwsCall.ps1')
    . (Join-Path $PSScriptRoot 'RequestHub.ps1')
    $script:server = Start-LocalAws
    $script:bob = (Get-RequestPeople $server)[0]
}

AfterAll { $script:server.Stop() }

Describe 'Request-OSAccess' {
    BeforeEach {
        Reset-RequestHub $server
        Clear-LocalAwsRequests $server
        Remove-Variable -Name OSAccessNotificationTopicArn -Scope Global -ErrorAction SilentlyContinue
    }

    It 'records a pending request in the caller''s own name, with no way to name someone else' {
        $request = Request-OSAccess @bob -AccountId 222222222222 -Duration 2:00 -Reason 'INC-42: disk full on web-3'

        $request.PSObject.TypeNames[0] | Should -Be 'OsAccess.PowerShell.Requests.OSAccessRequest'
        $request.RequestId | Should -Match '^oi-[0-9a-f]{12}$'
        $request.UserName | Should -Be 'bob'
        $request.RequesterArn | Should -Be 'arn:aws:iam::111111111111:user/bob'
        $request.AccountId | Should -Be '222222222222'
        $request.Status | Should -Be 'Pending'
        $request.Reason | Should -Be 'INC-42: disk full on web-3'
        ($request.End - $request.Start) | Should -Be ([timespan]'2:00')
        $request.DecidedBy | Should -BeNullOrEmpty
        (Get-Command Request-OSAccess).Parameters.Keys | Should -Not -Contain 'UserName'
        (Get-LocalAwsCounts $server)['ssm:CreateOpsItem'] | Should -Be 1
    }

    It 'fits its default view in 80 columns' {
        $rendered = Request-OSAccess @bob -AccountId 222222222222, 333333333333 -Reason 'x' | Out-String -Width 80
        $rendered | Should -Match 'RequestId\s+UserName\s+AccountId\s+Status\s+Start \(local\)\s+End \(local\)'
        $rendered | Should -Match 'oi-[0-9a-f]{12} bob\s+222222222222\+1 Pending'
        $rendered -split '\r?\n' | Where-Object Length -GT 80 | Should -BeNullOrEmpty
    }

    It 'refuses <Case> with a clear error naming -<Parameter>, and writes nothing' -ForEach @(
        @{ Case = 'a window over the maximum'; Parameter = 'Duration'; Arguments = @{ AccountId = '222222222222'; Duration = [timespan]'9:00'; Reason = 'x' }; Message = '*over the maximum of 8 hours*' }
        @{ Case = 'an empty reason'; Parameter = 'Reason'; Arguments = @{ AccountId = '222222222222'; Reason = ' ' }; Message = '*Say why you need access*' }
        @{ Case = 'a window already over'; Parameter = 'End'; Arguments = @{ AccountId = '222222222222'; Start = (Get-Date).AddHours(-3); End = (Get-Date).AddHours(-2); Reason = 'x' }; Message = '*already past*' }
    ) {
        $err = $null
        $out = Request-OSAccess @bob @Arguments -ErrorVariable err -ErrorAction SilentlyContinue

        $out | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessRequestInputInvalid*'
        $err[0].Exception.ParamName | Should -Be $Parameter
        $err[0].Exception.Message | Should -BeLike $Message
        (Get-LocalAwsCounts $server).Keys | Should -Not -Contain 'ssm:CreateOpsItem'
    }

    It 'refuses a malformed account id before calling AWS' {
        { Request-OSAccess @bob -AccountId 12345 -Reason x -ErrorAction Stop } | Should -Throw "*'12345' is not an AWS account id: use the 12 digits*"
        (Get-LocalAwsCounts $server).Count | Should -Be 0
    }

    It 'refuses a -RoleName IAM would refuse, <Case>, at bind as every -RoleName is, before calling AWS' -ForEach @(
        @{ Case = 'a path'; RoleName = 'role/OSAccess' }
        @{ Case = 'an empty name'; RoleName = '' }
    ) {
        { Request-OSAccess @bob -AccountId 222222222222 -Reason x -RoleName $RoleName -ErrorAction Stop } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,OsAccess.PowerShell.Requests.RequestOSAccessCommand' `
                -ExpectedMessage "*'$RoleName' is not a valid IAM role name: use 1 to 64 letters*"
        (Get-LocalAwsCounts $server).Count | Should -Be 0
        Get-OSAccessRequest @bob | Should -BeNullOrEmpty
    }

    It 'announces the request to -NotificationTopicArn, or to $OSAccessNotificationTopicArn, without its reason' {
        $topic = New-RequestTopic $server
        $first = Request-OSAccess @bob -AccountId 222222222222 -Reason 'secret reason' -NotificationTopicArn $topic
        $global:OSAccessNotificationTopicArn = $topic
        $second = Request-OSAccess @bob -AccountId 333333333333 -Reason 'another'

        $messages = Get-PublishedMessage $server
        $messages.Count | Should -Be 2
        $messages[0].topicArn | Should -Be $topic
        $messages[0].subject | Should -Be "OsAccess request $($first.RequestId) Pending: bob"
        $messages[0].message | Should -Match 'bob asks for access to OSAccess in 222222222222'
        $messages[0].message | Should -Not -Match 'secret reason'
        $messages[1].subject | Should -Match $second.RequestId
    }

    It 'only warns when the topic cannot be published to, and keeps the request' {
        $warnings = $null
        $request = Request-OSAccess @bob -AccountId 222222222222 -Reason x -NotificationTopicArn 'arn:aws:sns:us-east-1:111111111111:no-such-topic' -WarningVariable warnings -WarningAction SilentlyContinue

        $request.Status | Should -Be 'Pending'
        $warnings[0] | Should -Match "Request $($request.RequestId) is Pending, but announcing it to arn:aws:sns:us-east-1:111111111111:no-such-topic failed"
        (Get-OSAccessRequest @bob -Mine).RequestId | Should -Be $request.RequestId
    }
}
