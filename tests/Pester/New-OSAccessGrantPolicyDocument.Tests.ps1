BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
}

Describe 'New-OSAccessGrantPolicyDocument' {
    It 'writes the window in UTC whatever the input zone' {
        $start = [DateTimeOffset]::new(2026, 12, 1, 9, 0, 0, [TimeSpan]::FromHours(9)).UtcDateTime
        $doc = New-OSAccessGrantPolicyDocument -AccountId 111122223333 -Start $start -Duration '02:00:00'

        $condition = ($doc.Json | ConvertFrom-Json -DateKind String).Statement[0].Condition
        $condition.DateGreaterThan.'aws:CurrentTime' | Should -Be '2026-12-01T00:00:00Z'
        $condition.DateLessThan.'aws:CurrentTime' | Should -Be '2026-12-01T02:00:00Z'
    }

    It 'treats a DateTime without a zone as local time' {
        $local = [datetime]::new(2026, 12, 1, 9, 0, 0, [DateTimeKind]::Unspecified)
        $doc = New-OSAccessGrantPolicyDocument -AccountId 111122223333 -Start $local -End $local.AddHours(1)

        $expected = [DateTime]::SpecifyKind($local, 'Local').ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")
        ($doc.Json | ConvertFrom-Json -DateKind String).Statement[0].Condition.DateGreaterThan.'aws:CurrentTime' | Should -Be $expected
    }

    It 'gathers accounts from the pipeline into one grant' {
        $docs = '111122223333', '444455556666' | New-OSAccessGrantPolicyDocument -Duration '01:00:00'

        @($docs).Count | Should -Be 1
        ($docs.Json | ConvertFrom-Json).Statement[0].Resource |
            Should -Be @('arn:aws:iam::111122223333:role/OSAccess', 'arn:aws:iam::444455556666:role/OSAccess')
        $docs.PolicyType | Should -Be 'UserInline'
        $docs.SizeLimit | Should -Be 2048
    }

    It 'refuses a grant over the user inline quota, saying how many accounts fit, and emits nothing' {
        $accounts = 0..43 | ForEach-Object { '{0:D12}' -f (100000000000 + $_) }
        $docs = @($accounts | New-OSAccessGrantPolicyDocument -ErrorVariable failures -ErrorAction SilentlyContinue)

        $docs.Count | Should -Be 0
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'DocumentQuotaExceeded,*'
        $failures[0].Exception.Message | Should -BeLike 'OSAccessGrant is 2,109 characters (white space not counted), over the 2,048 AWS allows for all of a user''s inline policies together*'
        $failures[0].Exception.Message | Should -BeLike '*Name at most 42 accounts in one grant*'
        @($accounts[0..41] | New-OSAccessGrantPolicyDocument).Count | Should -Be 1
    }

    It 'refuses a window that ends before it starts' {
        $now = Get-Date
        { New-OSAccessGrantPolicyDocument -AccountId 111122223333 -Start $now -End $now.AddMinutes(-5) -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*ends*before it starts*'
    }
}
