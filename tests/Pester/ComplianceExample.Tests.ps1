BeforeAll {
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    . (Join-Path $PSScriptRoot 'OrgSeed.ps1')
    . (Join-Path $PSScriptRoot 'FreshPwsh.ps1')
    Import-Module $env:OSACCESS_MODULE -Force
    $script:server = Start-LocalAws
    $script:suite = Join-Path $PSScriptRoot '../../examples/compliance/OSAccessGuardrail.Tests.ps1'
    $script:pester = (Get-Module Pester).Path
    $script:guardrail = (New-OSAccessScpDocument).MinifiedJson

    # Runs the example suite as a user's CI would, in a process of its own with the credentials in the environment.
    function script:Invoke-ComplianceSuite {
        $script = @"
Import-Module '$pester'
`$result = Invoke-Pester -Container (New-PesterContainer -Path '$suite') -PassThru -Output None
"Containers|`$(`$result.FailedContainersCount)"
`$result.Tests | ForEach-Object { '{0}|{1}|{2}' -f `$_.Result, `$_.ExpandedName, (`"`$(`$_.ErrorRecord)`" -replace '\r?\n', ' ') }
"@
        Invoke-FreshPwshScript -Script $script -Environment @{
            AWS_ACCESS_KEY_ID = $server.AccessKeyId; AWS_SECRET_ACCESS_KEY = $server.SecretAccessKey; AWS_SESSION_TOKEN = $null; AWS_PROFILE = $null
            OSACCESS_REGION = 'us-east-1'; OSACCESS_ENDPOINT_URL = $server.Endpoint; OSACCESS_MODULE = $env:OSACCESS_MODULE
        }
    }
}

AfterAll {
    $server.Stop()
}

Describe 'The compliance example (examples/compliance)' {
    It 'passes on an organization where the guardrail covers every member account' {
        Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail $guardrail Workloads, Security)

        $lines = Invoke-ComplianceSuite
        $text = $lines -join "`n"

        $lines | Should -Contain 'Containers|0'
        $text | Should -Match '(?m)^Passed\|holds in every account\|'
        @($lines | Where-Object { $_ -match '^Passed\|holds in ' }).Count | Should -Be 5 -Because $text
        $text | Should -Not -Match '(?m)^Failed'
    }

    It 'fails on an organization where an OU lacks it, naming the account and its findings' {
        Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail $guardrail Workloads)

        $lines = Invoke-ComplianceSuite
        $text = $lines -join "`n"

        $text | Should -Match '(?m)^Failed\|holds in every account\|'
        $audit = $lines | Where-Object { $_ -match '^Failed\|holds in audit \(444444444444, Root/Security\)\|' }
        $audit | Should -Match 'Error AdminNotDenied: arn:aws:iam::444444444444:role/Admin .* may ssm:StartSession' -Because $text
        $audit | Should -Match 'Fix: Attach the guardrail SCP'
        $text | Should -Match '(?m)^Passed\|holds in prod \(222222222222, Root/Workloads/Prod\)\|'
    }
}
