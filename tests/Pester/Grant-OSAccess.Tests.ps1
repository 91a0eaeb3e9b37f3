BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    . (Join-Path $PSScriptRoot 'GrantHub.ps1')
    . (Join-Path $PSScriptRoot 'FreshPwsh.ps1')
    $script:server = Start-LocalAws
    $script:aws = @{ EndpointUrl = $server.Endpoint; AccessKey = $server.AccessKeyId; SecretKey = $server.SecretAccessKey; Region = 'us-east-1' }
}

AfterAll { $script:server.Stop() }

Describe 'Grant-OSAccess' {
    BeforeEach {
        Reset-GrantHub $server
        Clear-LocalAwsRequests $server
    }

    It 'grants a person a window in the accounts named, and says so' {
        $grant = Grant-OSAccess @aws -UserName bob -AccountId 222222222222, 333333333333 -Duration 2:00 -Reason 'CHG-1234 patching'

        $grant.PSObject.TypeNames[0] | Should -Be 'OsAccess.PowerShell.Grants.OSAccessGrant'
        $grant.UserName | Should -Be 'bob'
        $grant.AccountId | Should -Be '222222222222', '333333333333'
        $grant.RoleArn | Should -Be 'arn:aws:iam::222222222222:role/OSAccess', 'arn:aws:iam::333333333333:role/OSAccess'
        $grant.Status | Should -Be 'Active'
        ($grant.NotAfter - $grant.NotBefore) | Should -Be ([timespan]'2:00')
        $grant.NotBefore.Offset | Should -Be ([timespan]::Zero)
        $grant.Reason | Should -Be 'CHG-1234 patching'
        $grant.GrantedBy | Should -Be 'arn:aws:iam::111111111111:user/admin'
        $grant.Managed | Should -BeTrue
        $grant.GrantId | Should -Match '^[0-9a-f]{8}$'
        (Get-OSAccessGrant @aws).GrantId | Should -Be $grant.GrantId
    }

    It 'makes the same calls for twenty accounts as for one' {
        $null = Grant-OSAccess @aws -UserName bob -AccountId 222222222222 -Reason one
        $one = Get-LocalAwsCounts $server
        Clear-LocalAwsRequests $server
        $accounts = 1..20 | ForEach-Object { '{0:D12}' -f (500000000000 + $_) }
        $null = Grant-OSAccess @aws -UserName carol -AccountId $accounts -Reason twenty
        $twenty = Get-LocalAwsCounts $server

        ($twenty.Values | Measure-Object -Sum).Sum | Should -Be ($one.Values | Measure-Object -Sum).Sum
        $twenty['iam:CreatePolicy'] | Should -Be 1
        $twenty['iam:AttachUserPolicy'] | Should -Be 1
    }

    It 'gathers piped accounts into one grant per person' {
        $grants = @('222222222222', '333333333333', '444444444444') | ForEach-Object { [pscustomobject]@{ Id = $_; UserName = 'bob' } } |
            Grant-OSAccess @aws -Reason 'CHG-9'

        @($grants).Count | Should -Be 1
        $grants.AccountId | Should -Be '222222222222', '333333333333', '444444444444'
    }

    It 'shows with -WhatIf the policy it would write, and writes nothing' {
        # -WhatIf writes to the host, so it runs in a process of its own whose output is read.
        $text = (Invoke-FreshPwshScript ("Import-Module '$env:OSACCESS_MODULE'`n" +
            "Grant-OSAccess -EndpointUrl '$($server.Endpoint)' -AccessKey '$($server.AccessKeyId)' -SecretKey '$($server.SecretAccessKey)' -Region us-east-1 -UserName bob -AccountId 222222222222 -Reason x -WhatIf")) -join "`n"

        $text | Should -Match 'What if: Performing the operation "Create the grant policy and attach it to user bob" on target "account 111111111111: policy /osaccess/grants/bob/OSAccessGrant-'
        $text | Should -Match '"arn:aws:iam::222222222222:role/OSAccess"'
        $text | Should -Match 'DateLessThan'
        Get-LocalAwsWrites $server | Should -Be 0
        Get-OSAccessGrant @aws | Should -BeNullOrEmpty
    }

    Context 'bad input: a clear error naming the parameter, and nothing written' {
        It 'refuses <Case>' -ForEach @(
            @{ Case = 'an unknown user'; Arguments = @{ UserName = 'nobody'; AccountId = '222222222222'; Reason = 'x' }; Message = "UserName: The hub account 111111111111 has no IAM user named 'nobody'*" }
            @{ Case = 'an end before the start'; Arguments = @{ UserName = 'bob'; AccountId = '222222222222'; Reason = 'x'; Start = (Get-Date).AddHours(2); End = (Get-Date).AddHours(1) }; Message = 'End: The access window ends*before it starts*' }
            @{ Case = 'an end already past'; Arguments = @{ UserName = 'bob'; AccountId = '222222222222'; Reason = 'x'; Start = (Get-Date).AddHours(-3); End = (Get-Date).AddHours(-1) }; Message = 'End: *is already past*' }
            @{ Case = 'a duration over the maximum'; Arguments = @{ UserName = 'bob'; AccountId = '222222222222'; Reason = 'x'; Duration = [timespan]'8:00:01' }; Message = 'Duration: *over the maximum of 8 hours*-MaxDuration*' }
            @{ Case = 'a start more than 30 days ahead'; Arguments = @{ UserName = 'bob'; AccountId = '222222222222'; Reason = 'x'; Start = (Get-Date).AddDays(31) }; Message = 'Start: *more than 30 days ahead*' }
            @{ Case = 'no reason'; Arguments = @{ UserName = 'bob'; AccountId = '222222222222' }; Message = 'Reason: Say why access is granted*-NoReason*' }
            @{ Case = 'a reason IAM cannot store'; Arguments = @{ UserName = 'bob'; AccountId = '222222222222'; Reason = ('承' * 200) }; Message = 'Reason: The reason takes 1200 characters as IAM stores it*' }
        ) {
            { Grant-OSAccess @aws @Arguments -ErrorAction Stop } | Should -Throw -ExpectedMessage $Message
            $Error[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessGrantInputInvalid*'
            Get-LocalAwsWrites $server | Should -Be 0
        }

        It 'refuses a malformed account id before calling AWS' {
            { Grant-OSAccess @aws -UserName bob -AccountId 12345 -Reason x -ErrorAction Stop } | Should -Throw "*'12345' is not an AWS account id: use the 12 digits*"
            (Get-LocalAwsCounts $server).Count | Should -Be 0
        }

        It 'refuses a -RoleName IAM would refuse, at bind, before calling AWS' {
            { Grant-OSAccess @aws -UserName bob -AccountId 222222222222 -Reason x -RoleName 'role/OSAccess' -ErrorAction Stop } |
                Should -Throw -ErrorId 'ParameterArgumentValidationError,OsAccess.PowerShell.Grants.GrantOSAccessCommand' -ExpectedMessage "*'role/OSAccess' is not a valid IAM role name*"
            (Get-LocalAwsCounts $server).Count | Should -Be 0
        }

        It 'refuses a time that does not parse' {
            { Grant-OSAccess @aws -UserName bob -AccountId 222222222222 -Reason x -Start 'next tuesday-ish' -ErrorAction Stop } | Should -Throw '*Start*'
            (Get-LocalAwsCounts $server).Count | Should -Be 0
        }

        It 'refuses a local time that does not exist' {
            $script = "Import-Module '$env:OSACCESS_MODULE'`n" + @"
try { Grant-OSAccess -EndpointUrl '$($server.Endpoint)' -AccessKey '$($server.AccessKeyId)' -SecretKey '$($server.SecretAccessKey)' -Region us-east-1 ``
    -UserName bob -AccountId 222222222222 -Reason x -Start ([datetime]'2027-03-14 02:30') -Duration 1:00 -MaxDuration 1:00 -ErrorAction Stop }
catch { "`$(`$_.FullyQualifiedErrorId): `$(`$_.Exception.Message)" }
"@
            $output = (Invoke-FreshPwshScript $script -Environment @{ TZ = 'America/New_York' }) -join "`n"

            $output | Should -BeLike 'OSAccessGrantInputInvalid*Start: 2027-03-14 02:30:00 does not exist in America/New_York*'
            Get-LocalAwsWrites $server | Should -Be 0
        }

        It 'refuses a grant over the limit with OSAccessGrantLimitExceeded' {
            1..10 | ForEach-Object { $null = Grant-OSAccess @aws -UserName bob -AccountId 222222222222 -Reason "grant $_" }
            Clear-LocalAwsRequests $server

            { Grant-OSAccess @aws -UserName bob -AccountId 222222222222 -Reason eleventh -ErrorAction Stop } | Should -Throw '*User bob has 10 managed policies attached*Revoke-OSAccess*'
            $Error[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessGrantLimitExceeded*'
            Get-LocalAwsWrites $server | Should -Be 0
        }
    }

    It 'keeps every one of twenty grants made at once from parallel runspaces, or refuses it with the limit' {
        $module = $env:OSACCESS_MODULE
        $results = 1..20 | ForEach-Object -ThrottleLimit 20 -Parallel {
            Import-Module $using:module
            $splat = $using:aws
            try { [pscustomobject]@{ GrantId = (Grant-OSAccess @splat -UserName bob -AccountId 222222222222 -Reason "parallel $_" -ErrorAction Stop).GrantId; Error = $null } }
            catch { [pscustomobject]@{ GrantId = $null; Error = $_.FullyQualifiedErrorId } }
        }

        $made = @($results | Where-Object GrantId | ForEach-Object GrantId)
        $refused = @($results | Where-Object Error)
        $made.Count + $refused.Count | Should -Be 20
        $made.Count | Should -Be 10
        $refused | ForEach-Object { $_.Error | Should -BeLike 'OSAccessGrantLimitExceeded*' }
        (Get-OSAccessGrant @aws -UserName bob).GrantId | Sort-Object | Should -Be ($made | Sort-Object)
    }
}
