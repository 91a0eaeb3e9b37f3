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

Describe 'Get-OSAccessSession and Stop-OSAccessSession' {
    BeforeEach {
        Reset-GrantHub $server
        $script:sessionOf = @{}
        $grants = @{ bob = @('222222222222', 'i-0a1b2c3d4e5f60001'); carol = @('333333333333', 'i-0a1b2c3d4e5f60003') }
        foreach ($person in $grants.Keys) {
            $null = Grant-OSAccess @aws -UserName $person -AccountId $grants[$person][0] -Reason live
        }
        $null = Invoke-RestMethod -Method Post -Uri "$($server.Endpoint)_localaws/clock" -Body '{"advanceSeconds":2}' -ContentType 'application/json'
        foreach ($person in $grants.Keys) {
            $key = Get-PersonKey $person
            $credentials = New-PersonRoleSession $server.Endpoint $key.accessKeyId $key.secretAccessKey "arn:aws:iam::$($grants[$person][0]):role/OSAccess" $person
            $sessionOf[$person] = Start-PersonSession $server.Endpoint $credentials $grants[$person][1]
        }
    }

    It 'shows who is on which instance across accounts' {
        $sessions = Get-OSAccessSession @aws -AccountId 222222222222, 333333333333

        $sessions[0].PSObject.TypeNames[0] | Should -Be 'OsAccess.PowerShell.Sessions.OSAccessSession'
        $bob = $sessions | Where-Object SessionId -EQ $sessionOf['bob']
        $bob.AccountId | Should -Be '222222222222'
        $bob.UserName | Should -Be 'bob'
        $bob.Target | Should -Be 'i-0a1b2c3d4e5f60001'
        $bob.Owner | Should -Be 'arn:aws:sts::222222222222:assumed-role/OSAccess/bob'
        $bob.Region | Should -Be 'us-east-1'
        $bob.Status | Should -Be 'Connected'
        ($sessions | Where-Object SessionId -EQ $sessionOf['carol']).AccountId | Should -Be '333333333333'
    }

    It 'looks in every account with -All' {
        (Get-OSAccessSession @aws -All).SessionId | Sort-Object | Should -Be (@($sessionOf['bob'], $sessionOf['carol']) | Sort-Object)
    }

    It 'filters by person and target' {
        (Get-OSAccessSession @aws -All -UserName carol).SessionId | Should -Be $sessionOf['carol']
        (Get-OSAccessSession @aws -All -Target i-0a1b2c3d4e5f60001).SessionId | Should -Be $sessionOf['bob']
    }

    It 'ends what is piped to Stop-OSAccessSession, which then shows in -History' {
        Get-OSAccessSession @aws -All -UserName bob | Stop-OSAccessSession @aws -Confirm:$false

        (Get-OSAccessSession @aws -All).SessionId | Should -Be $sessionOf['carol']
        $ended = Get-OSAccessSession @aws -AccountId 222222222222 -History
        ($ended | Where-Object SessionId -EQ $sessionOf['bob']).Status | Should -Be 'Terminated'
    }

    It 'ends nothing with -WhatIf' {
        Get-OSAccessSession @aws -All | Stop-OSAccessSession @aws -WhatIf

        @(Get-OSAccessSession @aws -All).Count | Should -Be 2
    }

    It 'shows a session per line within 80 columns' {
        $rendered = Get-OSAccessSession @aws -All | Out-String -Width 80

        $rendered | Should -Match '(?m)^222222222222 bob\s+i-0a1b2c3d4e5f60001 Connected\s+\d{4}-\d\d-\d\d \d\d:\d\d us-east-1\s*$'
        $rendered -split '\r?\n' | Where-Object { $_.Length -gt 80 } | Should -BeNullOrEmpty
    }
}
