BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    $script:localAws = Start-LocalAws
    $script:aws = @{ AccessKey = $localAws.AccessKeyId; SecretKey = $localAws.SecretAccessKey; Region = 'us-east-1'; EndpointUrl = $localAws.Endpoint }
}

AfterAll { $script:localAws.Stop() }

Describe 'Publish-OSAccessRole' {
    BeforeEach {
        Reset-LocalAws $localAws
    }

    It 'creates the role in each account given, and a second run writes nothing' {
        $first = Publish-OSAccessRole @aws -AccountId 222222222222, 333333333333 -HubAccountId 111111111111

        @($first).Count | Should -Be 2
        $first.Status | Should -Be 'Created', 'Created'
        $first[0].PSObject.TypeNames[0] | Should -Be 'OsAccess.Core.Roles.OSAccessRoleResult'
        Invoke-RestMethod -Method Delete -Uri "$($localAws.Endpoint)_localaws/requests" | Out-Null

        $second = Publish-OSAccessRole @aws -AccountId 222222222222, 333333333333 -HubAccountId 111111111111

        $second.Status | Should -Be 'Unchanged', 'Unchanged'
        Get-LocalAwsWrite $localAws | Should -BeNullOrEmpty
        Test-OSAccessRole @aws -AccountId 222222222222, 333333333333 -HubAccountId 111111111111 -Quiet | Should -BeTrue
    }

    It 'binds account objects by their Id, as Get-ORGAccount returns them' {
        $results = [pscustomobject]@{ Id = '222222222222'; Status = 'ACTIVE' } | Publish-OSAccessRole @aws -HubAccountId 111111111111

        $results.AccountId | Should -Be '222222222222'
    }

    It 'writes nothing under -WhatIf, and returns nothing' {
        # What -WhatIf shows, per account and change, is checked in tests/OsAccess.PowerShell.Tests/Roles.
        Publish-OSAccessRole @aws -AccountId 222222222222 -HubAccountId 111111111111 -WhatIf | Should -BeNullOrEmpty
        Get-LocalAwsWrite $localAws | Should -BeNullOrEmpty
    }

    It 'refuses <Case> with a clear error and writes nothing' -ForEach @(
        @{ Case = 'a malformed account id'; Arguments = @{ AccountId = '2222' }; Message = "*'2222' is not an AWS account id*" }
        @{ Case = 'an account outside the organization'; Arguments = @{ AccountId = '999999999999' }; Message = '*999999999999 is not an account of organization*' }
        @{ Case = 'the management account'; Arguments = @{ AccountId = '111111111111' }; Message = "*111111111111 is the organization's management account*" }
        @{ Case = 'an unknown base policy'; Arguments = @{ AccountId = '222222222222'; BasePolicy = 'PowerUserAccess' }; Message = '*PowerUserAccess*ReadOnlyAccess*' }
        @{ Case = 'a session over 12 hours'; Arguments = @{ AccountId = '222222222222'; MaxSessionDuration = '13:00' }; Message = '*from 1 hour to 12 hours*' }
        @{ Case = 'a role name IAM refuses'; Arguments = @{ AccountId = '222222222222'; RoleName = 'OS Access' }; Message = "*'OS Access' is not a valid IAM role name*" }
        @{ Case = 'a cross-account role name IAM refuses'; Arguments = @{ AccountId = '222222222222'; CrossAccountRoleName = 'arn:aws:iam::1:role/x' }; Message = '*is not a valid IAM role name*' }
    ) {
        { Publish-OSAccessRole @aws @Arguments -HubAccountId 111111111111 -ErrorAction Stop } | Should -Throw $Message
        Get-LocalAwsWrite $localAws | Should -BeNullOrEmpty
    }
}
