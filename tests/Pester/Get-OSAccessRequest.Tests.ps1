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

Describe 'Get-OSAccessRequest' {
    BeforeAll {
        Reset-RequestHub $server
        $script:bobs = Request-OSAccess @bob -AccountId 222222222222 -Reason 'bob: INC-1'
        $script:erins = Request-OSAccess @erin -AccountId 333333333333 -Reason 'erin: INC-2'
        $script:denied = Request-OSAccess @erin -AccountId 444444444444 -Reason 'erin: INC-3' | Deny-OSAccessRequest @carol -Comment 'not now' -Confirm:$false
    }

    It 'lists every request newest first, with its reason, for an approver' {
        $all = Get-OSAccessRequest @carol

        $all.RequestId | Should -Be $denied.RequestId, $erins.RequestId, $bobs.RequestId
        $all.Reason | Should -Be 'erin: INC-3', 'erin: INC-2', 'bob: INC-1'
        $all.Status | Should -Be 'Denied', 'Pending', 'Pending'
    }

    It 'shows a requester other people''s requests without their reasons, and -Mine only their own' {
        $seen = Get-OSAccessRequest @bob -WarningVariable warned 3>$null
        ($seen | Where-Object RequestId -EQ $erins.RequestId).Reason | Should -BeNullOrEmpty
        ($seen | Where-Object RequestId -EQ $bobs.RequestId).Reason | Should -Be 'bob: INC-1'
        $warned.Count | Should -Be 1
        "$warned" | Should -BeLike "$(@($seen).Count - 1) of these requests are shown without their reason: *not authorized to perform: ssm:GetOpsItem*-Mine shows your own."

        (Get-OSAccessRequest @bob -Mine -WarningVariable mine).RequestId | Should -Be $bobs.RequestId
        $mine | Should -BeNullOrEmpty
    }

    It 'filters by -Status, -UserName, -RequestId and -Since' {
        (Get-OSAccessRequest @carol -Status Pending).RequestId | Should -Be $erins.RequestId, $bobs.RequestId
        (Get-OSAccessRequest @carol -Status Denied).Comment | Should -Be 'not now'
        (Get-OSAccessRequest @carol -UserName erin).RequestId | Should -Be $denied.RequestId, $erins.RequestId
        (Get-OSAccessRequest @carol -RequestId $bobs.RequestId).UserName | Should -Be 'bob'
        @(Get-OSAccessRequest @carol -Since (Get-Date).AddHours(1)).Count | Should -Be 0
        @(Get-OSAccessRequest @carol -Since (Get-Date).AddHours(-1)).Count | Should -Be 3
    }

    It 'lists the same requests in the same order, with the same reasons, whatever -ThrottleLimit' {
        $oneAtATime = Get-OSAccessRequest @bob -ThrottleLimit 1 3>$null
        $sixteen = Get-OSAccessRequest @bob -ThrottleLimit 16 3>$null

        $oneAtATime.RequestId | Should -Be $denied.RequestId, $erins.RequestId, $bobs.RequestId
        $sixteen.RequestId | Should -Be $oneAtATime.RequestId
        ($sixteen.Reason -join '|') | Should -Be ($oneAtATime.Reason -join '|')
        $sixteen.Status | Should -Be 'Denied', 'Pending', 'Pending'
        @($sixteen | Where-Object Reason).RequestId | Should -Be $bobs.RequestId
    }

    It 'refuses a malformed -RequestId at bind' {
        { Get-OSAccessRequest @carol -RequestId 'oi-12' -ErrorAction Stop } | Should -Throw '*RequestId*'
    }
}
