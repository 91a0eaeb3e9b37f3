BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    . (Join-Path $PSScriptRoot 'GrantHub.ps1')
    . (Join-Path $PSScriptRoot '../../examples/PersonSession.ps1')
    Import-PersonSdk $env:OSACCESS_MODULE
    $script:server = Start-LocalAws
    $script:aws = @{ EndpointUrl = $server.Endpoint; AccessKey = $server.AccessKeyId; SecretKey = $server.SecretAccessKey; Region = 'us-east-1' }
}

AfterAll { $script:server.Stop() }

Describe 'Revoke-OSAccess' {
    BeforeEach {
        Reset-GrantHub $server
        $script:first = Grant-OSAccess @aws -UserName bob -AccountId 222222222222, 333333333333 -Reason one
        $script:second = Grant-OSAccess @aws -UserName bob -AccountId 222222222222 -Duration 2:00 -Reason two
        $script:carol = Grant-OSAccess @aws -UserName carol -AccountId 444444444444 -Reason three
    }

    It 'revokes what Get-OSAccessGrant pipes, and says what it removed per grant and account' {
        $removed = Get-OSAccessGrant @aws -UserName bob | Revoke-OSAccess @aws -Confirm:$false

        $removed[0].PSObject.TypeNames[0] | Should -Be 'OsAccess.PowerShell.Grants.OSAccessRevocation'
        $lines = @($removed | ForEach-Object { "$($_.GrantId) $($_.AccountId) $($_.GrantRemoved)" } | Sort-Object) -join ', '
        $lines | Should -Be ((@("$($first.GrantId) 222222222222 True", "$($first.GrantId) 333333333333 True", "$($second.GrantId) 222222222222 True") | Sort-Object) -join ', ')
        (Get-OSAccessGrant @aws).GrantId | Should -Be $carol.GrantId
    }

    It 'leaves an overlapping grant of the same person in force' {
        $null = Revoke-OSAccess @aws -GrantId $first.GrantId -Confirm:$false

        (Get-OSAccessGrant @aws -UserName bob).GrantId | Should -Be $second.GrantId
    }

    It 'revokes by person and account' {
        $removed = Revoke-OSAccess @aws -UserName bob -AccountId 333333333333 -Confirm:$false

        ($removed.GrantId | Select-Object -Unique) | Should -Be $first.GrantId
        (Get-OSAccessGrant @aws).GrantId | Sort-Object | Should -Be (@($second.GrantId, $carol.GrantId) | Sort-Object)
    }

    It 'revokes everyone''s grants in an account' {
        $null = Revoke-OSAccess @aws -AccountId 222222222222 -Confirm:$false

        (Get-OSAccessGrant @aws).GrantId | Should -Be $carol.GrantId
    }

    It 'writes nothing with -WhatIf' {
        Clear-LocalAwsRequests $server
        $null = Revoke-OSAccess @aws -UserName bob -WhatIf

        Get-LocalAwsWrites $server | Should -Be 0
        @(Get-OSAccessGrant @aws).Count | Should -Be 3
    }

    It 'removes nothing with -Expired while every grant is still open' {
        $null = Revoke-OSAccess @aws -Expired -Confirm:$false

        @(Get-OSAccessGrant @aws).Count | Should -Be 3
    }

    It 'asks which grants when given none' {
        { Revoke-OSAccess @aws -Confirm:$false -ErrorAction Stop } | Should -Throw '*Say which grants to revoke*'
        @(Get-OSAccessGrant @aws).Count | Should -Be 3
    }

    It 'says so for a grant id the hub does not have' {
        Clear-LocalAwsRequests $server
        { Revoke-OSAccess @aws -GrantId 00000000 -Confirm:$false -ErrorAction Stop } | Should -Throw "*-GrantId: the hub account 111111111111 has no grant '00000000'*"
        $Error[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessGrantNotFound*'
        Get-LocalAwsWrites $server | Should -Be 0
    }

    It 'refuses an -Expired -RoleName IAM would refuse, at bind, before calling AWS' {
        Clear-LocalAwsRequests $server
        { Revoke-OSAccess @aws -Expired -RoleName 'OS Access' -Confirm:$false -ErrorAction Stop } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,OsAccess.PowerShell.Grants.RevokeOSAccessCommand' -ExpectedMessage "*'OS Access' is not a valid IAM role name*"
        (Get-LocalAwsCounts $server).Count | Should -Be 0
    }

    Context '-EndSessions' {
        BeforeEach {
            $script:sessionOf = @{}
            $script:credentialsOf = @{}
            foreach ($person in 'bob', 'carol') {
                $null = Grant-OSAccess @aws -UserName $person -AccountId 222222222222 -Reason live
                # IAM's window opens strictly after the second it starts: LocalAws's clock moves on, less than the revocation's margin.
                $null = Invoke-RestMethod -Method Post -Uri "$($server.Endpoint)_localaws/clock" -Body '{"advanceSeconds":2}' -ContentType 'application/json'
                $key = Get-PersonKey $person
                $credentialsOf[$person] = New-PersonRoleSession $server.Endpoint $key.accessKeyId $key.secretAccessKey 'arn:aws:iam::222222222222:role/OSAccess' $person
                $sessionOf[$person] = Start-PersonSession $server.Endpoint $credentialsOf[$person] 'i-0a1b2c3d4e5f60001'
            }
        }

        It 'ends the person''s live session and refuses their credentials, and leaves another person''s alone' {
            $credentialsOf['bob'] | Should -Not -BeNullOrEmpty
            $sessionOf['bob'] | Should -Not -BeNullOrEmpty

            $removed = Get-OSAccessGrant @aws -UserName bob -AccountId 222222222222 | Revoke-OSAccess @aws -EndSessions -Confirm:$false

            $mine = @($removed | Where-Object AccountId -EQ 222222222222 | Where-Object CredentialsDenied)
            $mine.SessionsEnded | Should -Contain $sessionOf['bob']
            $mine.SessionsEnded | Should -Not -Contain $sessionOf['carol']
            Start-PersonSession $server.Endpoint $credentialsOf['bob'] 'i-0a1b2c3d4e5f60001' | Should -BeNullOrEmpty
            Start-PersonSession $server.Endpoint $credentialsOf['carol'] 'i-0a1b2c3d4e5f60001' | Should -Not -BeNullOrEmpty
        }

        It 'warns, naming it, when another grant of the person stays in force where their sessions were ended' {
            $removed = Revoke-OSAccess @aws -GrantId $first.GrantId -EndSessions -Confirm:$false -WarningVariable warned 3>$null

            @($removed | Where-Object CredentialsDenied).AccountId | Sort-Object | Should -Be '222222222222', '333333333333'
            Start-PersonSession $server.Endpoint $credentialsOf['bob'] 'i-0a1b2c3d4e5f60001' | Should -BeNullOrEmpty
            $stillGranting = @(Get-OSAccessGrant @aws -UserName bob -AccountId 222222222222).GrantId
            $stillGranting | Should -Contain $second.GrantId
            @($warned).Count | Should -Be $stillGranting.Count
            foreach ($grantId in $stillGranting) {
                @($warned | Where-Object { "$_" -like "bob's credentials and sessions in 222222222222 were ended, but their grant $grantId (to *) stays in force there:*Revoke-OSAccess -GrantId $grantId -EndSessions." }).Count | Should -Be 1
            }

            $null = Get-OSAccessGrant @aws -UserName bob | Revoke-OSAccess @aws -EndSessions -Confirm:$false -WarningVariable none 3>$null
            $none | Should -BeNullOrEmpty
        }

        It 'keeps refusing the revoked credentials when the role is published again, which keeps the deny' {
            $null = Revoke-OSAccess @aws -UserName bob -EndSessions -Confirm:$false
            Start-PersonSession $server.Endpoint $credentialsOf['bob'] 'i-0a1b2c3d4e5f60001' | Should -BeNullOrEmpty

            $published = Publish-OSAccessRole @aws -AccountId 222222222222 -HubAccountId 111111111111 -Force

            $published.Changes | Should -Not -Match 'OSAccessRevoked'
            (Test-OSAccessRole @aws -AccountId 222222222222 -HubAccountId 111111111111).Findings.Id | Should -Not -Contain 'OSAccessRole.InlinePolicyPresent'
            Start-PersonSession $server.Endpoint $credentialsOf['bob'] 'i-0a1b2c3d4e5f60001' | Should -BeNullOrEmpty
            Start-PersonSession $server.Endpoint $credentialsOf['carol'] 'i-0a1b2c3d4e5f60001' | Should -Not -BeNullOrEmpty
        }

        It 'shows the deny it would write with -WhatIf, and writes nothing' {
            Clear-LocalAwsRequests $server
            $null = Revoke-OSAccess @aws -UserName bob -EndSessions -WhatIf

            Get-LocalAwsWrites $server | Should -Be 0
            Start-PersonSession $server.Endpoint $credentialsOf['bob'] 'i-0a1b2c3d4e5f60001' | Should -Not -BeNullOrEmpty
        }
    }
}
