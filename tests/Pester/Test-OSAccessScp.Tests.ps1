BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    $script:allowAll = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'
    $script:denySsm = '{"Version":"2012-10-17","Statement":[{"Sid":"NoSsm","Effect":"Deny","Action":"ssm:*","Resource":"*"}]}'
    # Root, the Workloads OU and the prod account, each with FullAWSAccess and whatever a test adds at the OU.
    function script:Path([string[]] $ou = @(), [string] $account = '222222222222') {
        @{ Target = 'r-ab12'; Policy = $allowAll }, @{ Target = 'ou-ab12-workload'; Policy = @($allowAll) + $ou }, @{ Target = $account; Policy = $allowAll }
    }
}

Describe 'Test-OSAccessScp' {
    It 'reports an account under the guardrail as compliant, with one result naming it' {
        $result = Test-OSAccessScp -ServiceControlPolicy (Path (New-OSAccessScpDocument).MinifiedJson)

        $result | Should -BeOfType ([OsAccess.Core.Guardrail.Compliance.OSAccessScpResult])
        $result.AccountId | Should -Be '222222222222'
        $result.Path | Should -Be 'r-ab12/ou-ab12-workload'
        $result.Compliant | Should -BeTrue
        $result.Findings.Id | Should -Be 'ExemptRoleUnguarded'
    }

    It 'finds an account without the guardrail, naming the principal and the channel' {
        $finding = (Test-OSAccessScp -ServiceControlPolicy (Path)).Findings | Where-Object Id -EQ AdminNotDenied

        $finding.Severity | Should -Be 'Error'
        $finding.Actions | Should -Be 'ssm:StartSession'
        $finding.PrincipalArn | Should -Be 'arn:aws:iam::222222222222:role/Admin'
        $finding.Remedy | Should -Match 'Attach the guardrail SCP'
    }

    It 'takes New-OSAccessScpDocument objects as policies' {
        (Test-OSAccessScp -ServiceControlPolicy (Path (New-OSAccessScpDocument -Channel All)) -Channel All).Findings.Id | Should -Not -Contain 'AdminNotDenied'
    }

    It 'names the SCP and statement that deny the exempt role' {
        $finding = (Test-OSAccessScp -ServiceControlPolicy (Path (New-OSAccessScpDocument).MinifiedJson, $denySsm)).Findings | Where-Object Id -EQ ExemptRoleDenied

        $finding.PolicyName | Should -Be 'ServiceControlPolicy level 2 policy 3'
        $finding.Statement | Should -Be 'NoSsm'
        $finding.DecidedBy.TargetId | Should -Be 'ou-ab12-workload'
    }

    It 'checks -ProtectRole against a member-account administrator' {
        $unprotected = Test-OSAccessScp -ProtectRole -ServiceControlPolicy (Path (New-OSAccessScpDocument).MinifiedJson)
        $protected = Test-OSAccessScp -ProtectRole -ServiceControlPolicy (Path (New-OSAccessScpDocument -ProtectRole).MinifiedJson)

        $unprotected.Findings.Id | Should -Contain 'ExemptRoleUnprotected'
        $unprotected.Compliant | Should -BeFalse
        $protected.Findings | Should -BeNullOrEmpty
        $protected.Compliant | Should -BeTrue
    }

    It 'reports the management account as informational, and not compliant with -Strict' {
        $lenient = Test-OSAccessScp -ManagementAccount -ServiceControlPolicy (Path -account '111111111111')
        $strict = Test-OSAccessScp -ManagementAccount -Strict -ServiceControlPolicy (Path -account '111111111111')

        $lenient.Findings.Id | Should -Be 'ManagementAccount'
        $lenient.Compliant | Should -BeTrue
        $strict.Compliant | Should -BeFalse
    }

    It 'reports a hub account that is not covered as an error' {
        (Test-OSAccessScp -HubAccountId 222222222222 -ServiceControlPolicy (Path)).Findings.Id | Should -Contain 'HubAccountNotCovered'
    }

    It 'returns one bool with -Quiet, for every account piped in' {
        $good = [pscustomobject]@{ ServiceControlPolicy = Path (New-OSAccessScpDocument).MinifiedJson }
        $bad = [pscustomobject]@{ ServiceControlPolicy = Path }

        @($good, $good | Test-OSAccessScp -Quiet) | Should -Be @($true)
        @($good, $bad | Test-OSAccessScp -Quiet) | Should -Be @($false)
    }

    It 'tests -PrincipalArn instead of the built-in administrator' {
        $guardrail = (New-OSAccessScpDocument -ExemptRoleName OSAccess, PowerUser).MinifiedJson

        Test-OSAccessScp -Quiet -ServiceControlPolicy (Path $guardrail) | Should -BeTrue
        Test-OSAccessScp -Quiet -PrincipalArn 'arn:aws:iam::*:role/PowerUser' -ServiceControlPolicy (Path $guardrail) | Should -BeFalse
    }

    It 'shows at 80 columns which accounts fail and why, one finding id a line' {
        $text = Test-OSAccessScp -Channel All -ProtectRole -ServiceControlPolicy (Path (New-OSAccessScpDocument).MinifiedJson) | Out-String -Width 80
        $lines = $text -split '\r?\n' | Where-Object { $_.Trim() }

        $lines[0] | Should -Match '^AccountId\s+AccountName\s+Compliant\s+Findings$'
        $lines[2] | Should -Match '^222222222222 222222222222\s+False\s+AdminNotDenied$'
        $lines[3] | Should -Match '^\s{40,}ExemptRoleUnprotected$'
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 }
    }

    It 'shows each finding whole at 80 columns, its words uncut, with its remedy' {
        $findings = (Test-OSAccessScp -Channel All -ProtectRole -ServiceControlPolicy (Path (New-OSAccessScpDocument).MinifiedJson, $denySsm)).Findings
        $text = $findings | Out-String -Width 80
        $flat = ($text -replace '\s+', ' ').Trim()

        $findings.Count | Should -BeGreaterThan 2
        foreach ($finding in $findings) {
            $flat | Should -BeLikeExactly "*$(($finding.Message -replace '\s+', ' '))*"
            $flat | Should -BeLikeExactly "*Remedy: $(($finding.Remedy -replace '\s+', ' '))*"
        }
        $text -split '\r?\n' | Where-Object { $_.Length -gt 80 } | Should -BeNullOrEmpty
        $findings | Format-Table | Out-String -Width 80 | Should -Match 'Severity\s+Id\s+Message'
    }

    It 'refuses a path that names no account, naming the parameter, and writes no result' {
        $result = Test-OSAccessScp -ServiceControlPolicy @{ Target = 'r-ab12'; Policy = $allowAll } -ErrorVariable err -ErrorAction SilentlyContinue

        $result | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessScpInputInvalid,*'
        $err[0].ToString() | Should -Match "^AccountId: name the account the path leads to"
        Test-OSAccessScp -ServiceControlPolicy @{ Target = 'r-ab12'; Policy = $allowAll } -AccountId 222222222222 | ForEach-Object AccountId | Should -Be '222222222222'
    }

    It 'refuses an SCP that does not parse, naming its level' {
        $null = Test-OSAccessScp -ServiceControlPolicy (Path '{"Version":') -ErrorVariable err -ErrorAction SilentlyContinue

        $err[0].ToString() | Should -Match '^SCP ServiceControlPolicy level 2 policy 2 attached to ou-ab12-workload'
    }

    It 'refuses guardrail options that do not go together before reading any input' {
        { Test-OSAccessScp -AutomationRoleName Patching -ServiceControlPolicy (Path) -ErrorAction Stop } |
            Should -Throw 'AutomationRoleName: the roles it names keep Run Command*add -Channel All, or drop -AutomationRoleName.'
        { Test-OSAccessScp -PrincipalArn PowerUser -ServiceControlPolicy (Path) -ErrorAction Stop } |
            Should -Throw "PrincipalArn: 'PowerUser' is not a principal to test*"
    }

    It 'takes the same guardrail parameters as New-OSAccessScpDocument' {
        $document = (Get-Command New-OSAccessScpDocument).Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.Cmdlet]::CommonParameters }
        $test = (Get-Command Test-OSAccessScp).Parameters.Keys

        $document | ForEach-Object { $test | Should -Contain $_ }
    }
}
