BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    . (Join-Path $PSScriptRoot 'OrgSeed.ps1')
    $script:server = Start-LocalAws
    $script:aws = @{ AccessKey = $server.AccessKeyId; SecretKey = $server.SecretAccessKey; Region = 'us-east-1'; EndpointUrl = $server.Endpoint }
    $script:members = 'Workloads', 'Security'
    $script:denySsm = '{"Version":"2012-10-17","Statement":[{"Sid":"NoSsm","Effect":"Deny","Action":"ssm:*","Resource":"*"}]}'
    $script:denySendCommand = '{"Version":"2012-10-17","Statement":[{"Sid":"NoRunCommand","Effect":"Deny","Action":"ssm:SendCommand","Resource":"*"}]}'
    $script:denyIam = '{"Version":"2012-10-17","Statement":[{"Sid":"NoIam","Effect":"Deny","Action":"iam:*","Resource":"*"}]}'
    function script:IdsIn($results, [string] $account) { @(($results | Where-Object AccountId -EQ $account).Findings.Id) }
}

AfterAll {
    $server.Stop()
}

Describe 'Test-OSAccessScp against an organization' {
    Context 'each finding, from an organization crafted for it, gone once fixed' {
        It 'AdminNotDenied: a member account without the guardrail' {
            Reset-LocalAws $server (New-OrgSeed)
            $finding = (Test-OSAccessScp @aws | Where-Object AccountId -EQ 222222222222).Findings | Where-Object Id -EQ AdminNotDenied
            $finding.Actions | Should -Be 'ssm:StartSession'
            $finding.PrincipalArn | Should -Be 'arn:aws:iam::222222222222:role/Admin'

            Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail (New-OSAccessScpDocument).MinifiedJson $members)
            $results = Test-OSAccessScp @aws
            foreach ($account in '222222222222', '333333333333', '444444444444') { IdsIn $results $account | Should -Not -Contain AdminNotDenied }
            ($results | Where-Object AccountId -EQ 222222222222).Compliant | Should -BeTrue
        }

        It 'HubAccountNotCovered: the hub account outside the guardrail' {
            Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail (New-OSAccessScpDocument).MinifiedJson Workloads)
            IdsIn (Test-OSAccessScp @aws -HubAccountId 444444444444) 444444444444 | Should -Contain HubAccountNotCovered

            Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail (New-OSAccessScpDocument).MinifiedJson $members)
            IdsIn (Test-OSAccessScp @aws -HubAccountId 444444444444) 444444444444 | Should -Not -Contain HubAccountNotCovered
        }

        It 'ExemptRoleDenied: another SCP denying SSM to everyone, named with its statement' {
            Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail (New-OSAccessScpDocument).MinifiedJson $members | Add-SeedScp NoSsm $denySsm Dev)
            $result = Test-OSAccessScp @aws -TargetId 333333333333
            $finding = $result.Findings | Where-Object Id -EQ ExemptRoleDenied
            $finding.PolicyName | Should -Be 'NoSsm'
            $finding.Statement | Should -Be 'NoSsm'
            $finding.DecidedBy.TargetName | Should -Be 'Dev'
            $finding.DecidedBy.TargetId | Should -Match '^ou-'
            $result.Compliant | Should -BeFalse

            Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail (New-OSAccessScpDocument).MinifiedJson $members)
            (Test-OSAccessScp @aws -TargetId 333333333333).Findings.Id | Should -Not -Contain ExemptRoleDenied
        }

        It 'AutomationRoleDenied: an SCP denying Run Command to the automation role' {
            $options = @{ Channel = 'All'; AutomationRoleName = 'Patching' }
            $guardrail = (New-OSAccessScpDocument @options).MinifiedJson
            Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail $guardrail $members | Add-SeedScp NoRunCommand $denySendCommand Dev)
            $finding = (Test-OSAccessScp @aws @options -TargetId 333333333333).Findings | Where-Object Id -EQ AutomationRoleDenied
            $finding.Actions | Should -Be 'ssm:SendCommand'
            $finding.PolicyName | Should -Be 'NoRunCommand'

            Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail $guardrail $members)
            (Test-OSAccessScp @aws @options -TargetId 333333333333).Findings.Id | Should -Not -Contain AutomationRoleDenied
        }

        It 'ExemptRoleUnprotected: the guardrail published without -ProtectRole, checked with it' {
            Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail (New-OSAccessScpDocument).MinifiedJson $members)
            (Test-OSAccessScp @aws -ProtectRole -TargetId 222222222222).Findings.Id | Should -Contain ExemptRoleUnprotected

            Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail (New-OSAccessScpDocument -ProtectRole).MinifiedJson $members)
            $result = Test-OSAccessScp @aws -ProtectRole -TargetId 222222222222
            $result.Findings.Id | Should -Not -Contain ExemptRoleUnprotected
            $result.Compliant | Should -BeTrue
        }

        It 'DeploymentRoleDenied: an SCP denying IAM changes to the deployment role too' {
            $guardrail = (New-OSAccessScpDocument -ProtectRole).MinifiedJson
            Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail $guardrail $members | Add-SeedScp NoIam $denyIam Security)
            $findings = (Test-OSAccessScp @aws -ProtectRole -TargetId 444444444444).Findings | Where-Object Id -EQ DeploymentRoleDenied
            $findings.Severity | Sort-Object -Unique | Should -Be 'Warning'
            $findings.PrincipalArn | Sort-Object -Unique | Should -Be 'arn:aws:iam::444444444444:role/OrganizationAccountAccessRole'

            Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail $guardrail $members)
            (Test-OSAccessScp @aws -ProtectRole -TargetId 444444444444).Findings.Id | Should -Not -Contain DeploymentRoleDenied
        }

        It 'ExemptRoleUnguarded: informational without -ProtectRole, an error with -Strict' {
            Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail (New-OSAccessScpDocument).MinifiedJson $members)
            $result = Test-OSAccessScp @aws -TargetId 222222222222
            $result.Findings.Id | Should -Be ExemptRoleUnguarded
            $result.Compliant | Should -BeTrue
            (Test-OSAccessScp @aws -TargetId 222222222222 -Strict).Compliant | Should -BeFalse

            Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail (New-OSAccessScpDocument -ProtectRole).MinifiedJson $members)
            (Test-OSAccessScp @aws -TargetId 222222222222 -ProtectRole).Findings | Should -BeNullOrEmpty
        }

        It 'ManagementAccount: the management account only, informational, an error with -Strict' {
            Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail (New-OSAccessScpDocument -ProtectRole).MinifiedJson $members)
            $results = Test-OSAccessScp @aws -ProtectRole
            ($results | Where-Object { 'ManagementAccount' -in $_.Findings.Id }).AccountId | Should -Be '111111111111'
            ($results | Where-Object AccountId -EQ 111111111111).Compliant | Should -BeTrue
            Test-OSAccessScp @aws -ProtectRole -Quiet | Should -BeTrue
            Test-OSAccessScp @aws -ProtectRole -Quiet -Strict | Should -BeFalse
            Test-OSAccessScp @aws -ProtectRole -Quiet -Strict -TargetId (Test-OSAccessScp @aws -ProtectRole -TargetId 222222222222, 333333333333 | ForEach-Object AccountId) | Should -BeTrue
        }
    }

    Context 'the organization read' {
        It 'answers one result per account with its name and path of root and OU names' {
            Reset-LocalAws $server (New-OrgSeed)
            $results = Test-OSAccessScp @aws

            $results.AccountId | Sort-Object | Should -Be '111111111111', '222222222222', '333333333333', '444444444444'
            ($results | Where-Object AccountId -EQ 222222222222).AccountName | Should -Be 'prod'
            ($results | Where-Object AccountId -EQ 222222222222).Path | Should -Be 'Root/Workloads/Prod'
            ($results | Where-Object AccountId -EQ 444444444444).Path | Should -Be 'Root/Security'
        }

        It 'shows at 80 columns which accounts fail and why' {
            Reset-LocalAws $server (New-OrgSeed | Add-SeedScp OSAccessGuardrail (New-OSAccessScpDocument).MinifiedJson Workloads)
            $text = Test-OSAccessScp @aws | Out-String -Width 80

            $text | Should -Match '(?m)^444444444444 audit\s+False\s+AdminNotDenied'
            $text | Should -Match '(?m)^222222222222 prod\s+True\s+ExemptRoleUnguarded'
        }

        It 'walks only the subtrees of -TargetId: an OU, an account, the root, and objects with an Id from the pipeline' {
            Reset-LocalAws $server (New-OrgSeed)
            $all = Test-OSAccessScp @aws
            $ids = Get-LocalAwsOrganization $server

            $audit = Test-OSAccessScp @aws -TargetId 444444444444
            $audit.Path | Should -Be 'Root/Security'
            @($audit).Count | Should -Be 1

            $piped = [pscustomobject]@{ Id = '222222222222' }, [pscustomobject]@{ Id = '333333333333' } | Test-OSAccessScp @aws
            $piped.AccountId | Should -Be '333333333333', '222222222222'
            (Test-OSAccessScp @aws -TargetId $ids.rootId).Count | Should -Be $all.Count
            (Test-OSAccessScp @aws -TargetId $ids.organizationalUnits.Workloads).AccountId | Sort-Object | Should -Be '222222222222', '333333333333'
            (Test-OSAccessScp @aws -TargetId $ids.organizationalUnits.Workloads).Path | Should -Be 'Root/Workloads/Dev', 'Root/Workloads/Prod'
        }

        It 'shows the walk''s progress, then completes it' {
            Reset-LocalAws $server (New-OrgSeed)
            $shell = [powershell]::Create()
            try {
                $null = $shell.AddCommand('Import-Module').AddArgument($env:OSACCESS_MODULE).AddStatement().AddCommand('Test-OSAccessScp').AddParameters($aws)
                $results = $shell.Invoke()
                $progress = @($shell.Streams.Progress)
            }
            finally {
                $shell.Dispose()
            }

            $results.Count | Should -Be 4
            $progress.Activity | Sort-Object -Unique | Should -Be 'Reading the organization'
            $progress.StatusDescription | Should -Contain '5 of 5 roots and OUs listed, 4 accounts found, 1 of 1 SCPs read'
            $progress[-1].RecordType | Should -Be 'Completed'
        }

        It 'reads each parent and each SCP once, within 2(n+1) + 2s + a/20 + t/20 + 5 calls' {
            $seed = New-OrgSeed
            $seed.organization.organizationalUnits = @(foreach ($a in 1..3) {
                    @{ name = "A$a"; parent = 'Root' }
                    foreach ($b in 1..3) { @{ name = "A$a-B$b"; parent = "A$a" }; @{ name = "A$a-B$b-C"; parent = "A$a-B$b" } }
                })
            $seed.organization.accounts = @(foreach ($i in 1..44) {
                    $parent = if ($i -le 25) { 'A1-B1-C' } else { "A$(1 + $i % 3)-B$(1 + $i % 2)" }
                    @{ id = '5000000000{0:D2}' -f $i; name = "member$i"; email = "member$i@example.com"; parent = $parent }
                })
            $seed.instances = @()
            $guardrailTargets = 'A1', 'A2', 'A3'
            $accountTargets = @(foreach ($i in 1..25) { '5000000000{0:D2}' -f $i })
            $seed = $seed | Add-SeedScp OSAccessGuardrail (New-OSAccessScpDocument).MinifiedJson $guardrailTargets |
                Add-SeedScp NoSsm $denySsm 'A2-B2' | Add-SeedScp NoIam $denyIam $accountTargets | Add-SeedScp NoRunCommand $denySendCommand 'Root'
            Reset-LocalAws $server $seed
            Clear-LocalAwsRequestLog $server

            $results = Test-OSAccessScp @aws
            $log = Get-LocalAwsRequestCount $server

            $n = 21; $s = 5; $a = 45
            $t = (1 + $n + $a) + 3 + 1 + 25 + 1
            $bound = 2 * ($n + 1) + 2 * $s + [math]::Ceiling($a / 20) + [math]::Ceiling($t / 20) + 5
            @($results).Count | Should -Be $a
            $log.total | Should -BeLessOrEqual $bound
            $log.counts.'organizations:DescribePolicy' | Should -Be $s
            $log.counts.'organizations:ListOrganizationalUnitsForParent' | Should -Be ($n + 1)
            $log.counts.'organizations:ListAccountsForParent' | Should -Be ($n + 1 + 1)
            ($results | Where-Object AccountId -EQ 500000000001).Path | Should -Be 'Root/A1/A1-B1/A1-B1-C'
        }
    }

    Context 'bad input and missing rights' {
        It 'refuses an unknown target, naming -TargetId, having written nothing' {
            Reset-LocalAws $server (New-OrgSeed)
            Clear-LocalAwsRequestLog $server
            $failure = { Test-OSAccessScp @aws -TargetId 999999999999 -ErrorAction Stop } | Should -Throw -PassThru

            $failure.FullyQualifiedErrorId | Should -Match '^OSAccessTargetNotFound'
            $failure.Exception.Message | Should -Match "no root, OU or account '999999999999'"
            "$failure" | Should -Match '^TargetId:'
            (Get-LocalAwsRequestCount $server).entries.operation | Where-Object { $_ -notmatch '^(Describe|List)' } | Should -BeNullOrEmpty
        }

        It 'refuses a malformed id before calling AWS, saying what ids look like' {
            Clear-LocalAwsRequestLog $server
            $failure = { Test-OSAccessScp @aws -TargetId 'ou-nope' -ErrorAction Stop } | Should -Throw -PassThru

            $failure.FullyQualifiedErrorId | Should -Match '^ParameterArgumentValidationError'
            $failure.Exception.Message | Should -Match "'ou-nope' is not a root, OU or account id: a root is r-"
            (Get-LocalAwsRequestCount $server).total | Should -Be 0
        }

        It 'says what credentials it needs when a member account''s admin runs it' {
            $seed = New-OrgSeed
            $seed.users += @{ account = '222222222222'; name = 'member-admin'; accessKeys = @(@{ accessKeyId = 'AKIAMEMBERADMIN00001'; secretAccessKey = 'memberSecretKeyEXAMPLEmemberSecretKeyEX' }); managedPolicies = @('arn:aws:iam::aws:policy/AdministratorAccess') }
            Reset-LocalAws $server $seed
            $failure = { Test-OSAccessScp -AccessKey AKIAMEMBERADMIN00001 -SecretKey memberSecretKeyEXAMPLEmemberSecretKeyEX -Region us-east-1 -EndpointUrl $server.Endpoint -ErrorAction Stop } |
                Should -Throw -PassThru

            $failure.FullyQualifiedErrorId | Should -Match '^OSAccessOrganizationReadDenied'
            $failure.CategoryInfo.Category | Should -Be 'PermissionDenied'
            $failure.Exception.Message | Should -Match 'management account, or of a member account that is a delegated administrator for SCPs'
        }
    }
}
