BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    . (Join-Path $PSScriptRoot 'GrantHub.ps1')
    $script:server = Start-LocalAws
    $script:aws = @{ EndpointUrl = $server.Endpoint; AccessKey = $server.AccessKeyId; SecretKey = $server.SecretAccessKey; Region = 'us-east-1' }
}

AfterAll { $script:server.Stop() }

Describe 'Get-OSAccessGrant -IncludeUnmanaged' {
    BeforeAll {
        $now = [datetimeoffset]::UtcNow
        $script:start = [datetimeoffset]::new($now.Year, $now.Month, $now.Day, $now.Hour, 0, 0, [timespan]::Zero).AddHours(2)
        $script:end = $start.AddHours(1)
        $iso = { param($t) $t.UtcDateTime.ToString('yyyy-MM-ddTHH:mm:ssZ', [cultureinfo]::InvariantCulture) }
        # The seed's own grant: a user policy allowing the role in one account between two instants.
        $seedGrant = @{
            Version = '2012-10-17'
            Statement = @(@{ Effect = 'Allow'; Action = 'sts:AssumeRole'; Resource = 'arn:aws:iam::222222222222:role/OSAccess'
                    Condition = @{ DateGreaterThan = @{ 'aws:CurrentTime' = (& $iso $start) }; DateLessThan = @{ 'aws:CurrentTime' = (& $iso $end) } } })
        }
        $assumeAny = @{ Version = '2012-10-17'; Statement = @(@{ Effect = 'Allow'; Action = 'sts:AssumeRole'; Resource = 'arn:aws:iam::*:role/OSAccess' }) }
        Reset-GrantHub $server -People bob, carol, erin, frank -InlinePolicies @{ bob = @{ OSAccessGrant = $seedGrant } } `
            -ManagedPolicies @{ erin = 'arn:aws:iam::aws:policy/AdministratorAccess' } `
            -Groups @{ name = 'operators'; members = @('carol'); inlinePolicies = @{ AssumeOSAccess = $assumeAny } }
        $script:frank = Grant-OSAccess @aws -UserName frank -AccountId 222222222222 -Reason 'CHG-1'
    }

    It 'reports none of the other access without the switch' {
        $grants = Get-OSAccessGrant @aws

        $grants.GrantId | Should -Be $frank.GrantId
        $grants.Managed | Should -Be $true
    }

    It 'finds the seed-style grant with its window and status' {
        $bob = Get-OSAccessGrant @aws -IncludeUnmanaged -UserName bob

        $bob.Managed | Should -Be $false
        $bob.Status | Should -Be 'Pending'
        $bob.NotBefore | Should -Be $start
        $bob.NotAfter | Should -Be $end
        $bob.AccountId | Should -Be '222222222222'
        $bob.PolicyName | Should -Be 'OSAccessGrant'
        $bob.AttachedTo | Should -Be 'user bob'
        $bob.GrantId | Should -BeNullOrEmpty
    }

    It 'finds <Who> as standing access to every account through <Where>' -ForEach @(
        @{ Who = 'carol'; Where = 'group operators'; Policy = 'AssumeOSAccess' }
        @{ Who = 'erin'; Where = 'user erin'; Policy = 'AdministratorAccess' }
        @{ Who = 'admin'; Where = 'user admin'; Policy = 'AdministratorAccess' }
    ) {
        $found = Get-OSAccessGrant @aws -IncludeUnmanaged -UserName $Who

        $found.Status | Should -Be 'Standing'
        $found.AccountId | Should -BeNullOrEmpty
        $found.RoleArn | Should -Be 'arn:aws:iam::*:role/OSAccess'
        $found.AttachedTo | Should -Be $Where
        $found.PolicyName | Should -Be $Policy
        $found.Managed | Should -Be $false
    }

    It 'does not report an OsAccess grant again as unmanaged' {
        $frankGrants = Get-OSAccessGrant @aws -IncludeUnmanaged -UserName frank

        $frankGrants.GrantId | Should -Be $frank.GrantId
        $frankGrants.Managed | Should -Be $true
    }

    It 'asks about the accounts -AccountId names' {
        $found = Get-OSAccessGrant @aws -IncludeUnmanaged -AccountId 333333333333

        $found.UserName | Should -Not -Contain 'bob'
        $found.UserName | Should -Contain 'carol'
        ($found | Where-Object UserName -EQ erin).AccountId | Should -Be '333333333333'
    }

    It 'still reads the hub only in pages of GetAccountAuthorizationDetails' {
        Clear-LocalAwsRequests $server
        $null = Get-OSAccessGrant @aws -IncludeUnmanaged
        $counts = Get-LocalAwsCounts $server

        $counts['iam:GetAccountAuthorizationDetails'] | Should -BeGreaterOrEqual 1
        @($counts.Keys | Where-Object { $_ -like 'iam:*' }) | Should -Be 'iam:GetAccountAuthorizationDetails'
    }

    It 'shows the findings in the table within 80 columns' {
        $lines = Get-OSAccessGrant @aws -IncludeUnmanaged | Format-Table | Out-String -Width 200 -Stream | Where-Object { $_ }

        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 }
        ($lines -join "`n") | Should -Match 'erin\s+all\s+Standing'
        ($lines -join "`n") | Should -Match 'bob\s+222222222222\s+Pending'
    }
}
