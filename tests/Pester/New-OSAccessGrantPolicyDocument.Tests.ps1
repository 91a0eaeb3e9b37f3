BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
}

Describe 'New-OSAccessGrantPolicyDocument' {
    It 'writes the window in UTC whatever the input zone' {
        $year = (Get-Date).Year + 1
        $start = [DateTimeOffset]::new($year, 12, 1, 9, 0, 0, [TimeSpan]::FromHours(9)).UtcDateTime
        $doc = New-OSAccessGrantPolicyDocument -AccountId 111122223333 -Start $start -Duration '02:00:00'

        $condition = ($doc.Json | ConvertFrom-Json -DateKind String).Statement[0].Condition
        $condition.DateGreaterThan.'aws:CurrentTime' | Should -Be "$year-12-01T00:00:00Z"
        $condition.DateLessThan.'aws:CurrentTime' | Should -Be "$year-12-01T02:00:00Z"
    }

    It 'treats a DateTime without a zone as local time' {
        $local = [datetime]::new((Get-Date).Year + 1, 12, 1, 9, 0, 0, [DateTimeKind]::Unspecified)
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
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessDocumentQuotaExceeded,*'
        $failures[0].Exception.Message | Should -BeLike 'OSAccessGrant is 2,109 characters (white space not counted), over the 2,048 AWS allows for all of a user''s inline policies together*'
        $failures[0].Exception.Message | Should -BeLike '*Name at most 42 accounts in one grant*'
        @($accounts[0..41] | New-OSAccessGrantPolicyDocument).Count | Should -Be 1
    }

    It 'refuses <Case> with an error that names <Parameter> and emits nothing' -ForEach @(
        @{ Case = 'the longest TimeSpan'; Parameter = '-Duration'; Arguments = @{ Duration = [timespan]::MaxValue }
           Message = 'Duration: 10675199.02:48:05.4775807 is longer than the 92 days a grant may last*' }
        @{ Case = 'a ten-year grant'; Parameter = '-End'; Arguments = @{ End = (Get-Date).AddYears(10) }
           Message = 'End: The window from * lasts 36?? days, longer than the 92 days a grant may last*' }
        @{ Case = 'a window already over'; Parameter = '-End'; Arguments = @{ Start = [datetime]'2020-04-01'; End = [datetime]'2020-06-30' }
           Message = 'End: 2020-06-3*Z is already past (it is now *): a grant whose window is over lets nobody in.*' }
        @{ Case = 'a start whose window is over'; Parameter = '-Start'; Arguments = @{ Start = (Get-Date).AddHours(-3); Duration = [timespan]'1:00' }
           Message = 'Start: The window from * for 01:00:00 ended at *, before now*' }
        @{ Case = 'an account that is not one'; Parameter = '-AccountId'; Arguments = @{ AccountId = 'account-id' }
           Message = "AccountId: 'account-id' is not an AWS account id*" }
    ) {
        if (-not $Arguments.ContainsKey('AccountId')) { $Arguments.AccountId = '111122223333' }
        $docs = @(New-OSAccessGrantPolicyDocument @Arguments -ErrorVariable failures -ErrorAction SilentlyContinue)

        $docs.Count | Should -Be 0
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessDocumentInputInvalid,*'
        $failures[0].ErrorDetails.Message | Should -BeLike $Message
        $failures[0].Exception.Message | Should -Not -CMatch "un-representable|\(Parameter '(accountIds|end|t|roleName)'\)"
    }

    It 'refuses a -RoleName IAM would refuse, <Case>, at bind as every -RoleName is, and emits nothing' -ForEach @(
        @{ Case = 'a path'; RoleName = 'role/OSAccess' }
        @{ Case = 'a space'; RoleName = 'OS Access' }
        @{ Case = 'over 64 characters'; RoleName = 'R' * 65 }
    ) {
        $script:docs = $null
        { $script:docs = New-OSAccessGrantPolicyDocument -AccountId 111122223333 -RoleName $RoleName -ErrorAction Stop } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,OsAccess.PowerShell.Documents.NewOSAccessGrantPolicyDocumentCommand' `
                -ExpectedMessage "*'$RoleName' is not a valid IAM role name: use 1 to 64 letters*"
        $script:docs | Should -BeNullOrEmpty
    }

    It 'refuses a window that ends before it starts' {
        $now = Get-Date
        { New-OSAccessGrantPolicyDocument -AccountId 111122223333 -Start $now -End $now.AddMinutes(-5) -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*ends*before it starts*'
    }
}
