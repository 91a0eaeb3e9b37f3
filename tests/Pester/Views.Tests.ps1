# Every default view, and every Format-Table view, rendered as an 80-column console shows it.
BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    $script:seed = Join-Path $PSScriptRoot '../../examples/seed'

    # Words are cut when the rendered text, with its runs of white space made one space, no longer holds the value.
    function Get-Flattened([string] $text) { ($text -replace '\s+', ' ').Trim() }

    function Get-Render($InputObject) { $InputObject | Out-String -Width 80 }

    # A line may pass 80 columns only when it is one word (an ARN) too long for any line.
    function Get-LineTooWide([string] $rendered) {
        $rendered -split '\r?\n' | Where-Object { $_.Length -gt 80 -and $_.Trim().Contains(' ') }
    }
}

Describe 'Views at 80 columns' {
    Context 'findings' {
        BeforeAll {
            $script:findings = @(
                Test-OSAccessPolicyDocument -Path (Join-Path $seed '*.json')
                '{"Statement":{"Effect":"allow","Action":"SSM:StartSession","Resource":"arn:aws:ec2:*:account-id:instance/*","Condition":{"StringEqualz":{"aws:username":"alice"}}}}' | Test-OSAccessPolicyDocument
            )
            $script:rendered = Get-Render $findings
        }

        It 'shows every message whole, its words uncut' {
            $findings.Count | Should -BeGreaterThan 4
            foreach ($finding in $findings) {
                Get-Flattened $rendered | Should -BeLikeExactly "*$(Get-Flattened $finding.Message)*" -Because $finding.Id
            }
        }

        It 'keeps each line within 80 columns' {
            Get-LineTooWide $rendered | Should -BeNullOrEmpty
        }

        It 'heads each finding with its severity, id and place, and each document with its name' {
            $rendered | Should -Match '(?m)^Error\s+ParseError\s+line 24, column 26\r?$'
            $rendered | Should -Match '(?m)^\s+Document: .*os-access-policy\.json\r?$'
            $rendered | Should -Match '(?m)^\s+Document: input 1\r?$'
        }

        It 'gives Format-Table the columns a table of findings needs, without cutting ids' {
            $table = Get-Render ($findings | Format-Table)

            $table | Should -Match 'Severity\s+Id\s+Line\s+Col\s+Message'
            foreach ($id in $findings.Id) { $table | Should -Match "\b$id\b" }
            Get-LineTooWide $table | Should -BeNullOrEmpty
        }
    }

    Context 'built documents' {
        BeforeAll {
            $script:documents = @(
                New-OSAccessScpDocument
                New-OSAccessRolePolicyDocument 111122223333, 444455556666
                New-OSAccessTrustPolicyDocument 999988887777
                New-OSAccessGrantPolicyDocument 111122223333 -Start (Get-Date).Date.AddDays(1).AddHours(9) -Duration 8:00
            )
        }

        It 'gives Format-Table the name, account, type and size, not the object model' {
            $table = Get-Render ($documents | Format-Table)

            $table | Should -Match 'Name\s+AccountId\s+PolicyType\s+Size'
            $table | Should -Match '(?m)^OSAccessPolicy\s+111122223333\s+RoleInline\s+\d+ of 10240 characters\r?$'
            $table | Should -Match '(?m)^GuardrailScp\s+ServiceControl\s+\d+ of 5120 characters\r?$'
            $table | Should -Not -Match 'OsAccess\.Core|\{…|…'
            Get-LineTooWide $table | Should -BeNullOrEmpty
        }
    }

    Context 'the context' {
        BeforeAll {
            $script:context = [OsAccess.PowerShell.Context.OSAccessContext]@{
                Account          = '222222222222'
                Arn              = 'arn:aws:sts::222222222222:assumed-role/OrganizationAccountAccessRole/alice'
                Region           = 'ap-northeast-1'
                RegionSource     = '-Region parameter'
                CredentialSource = 'role OrganizationAccountAccessRole assumed with credentials from profile org-admin'
            }
            $script:rendered = Get-Render $context
        }

        It 'shows the ARN whole on a line of its own' {
            $rendered -split '\r?\n' | ForEach-Object Trim | Should -Contain $context.Arn
        }

        It 'shows the credential source in whole words, within 80 columns' {
            Get-Flattened $rendered | Should -BeLikeExactly "*CredentialSource : $($context.CredentialSource)*"
            Get-LineTooWide $rendered | Should -BeNullOrEmpty
        }

        It 'shows a short ARN beside its label' {
            $context.Arn = 'arn:aws:iam::111111111111:user/alice'

            Get-Render $context | Should -Match '(?m)^Arn\s+: arn:aws:iam::111111111111:user/alice\r?$'
        }
    }

    Context 'a published guardrail' {
        It 'shows name, status, policy, size and every target, one a line, within 80 columns' {
            $scp = [OsAccess.PowerShell.Scp.OSAccessScp]@{
                PolicyId = 'p-abcd1234'; Arn = 'arn:aws:organizations::111111111111:policy/o-abcdef1234/service_control_policy/p-abcd1234'
                Name = 'OSAccessGuardrail'; Status = 'Updated'; Changes = @('Updated content', 'Attached to ou-ab12-cdef345678')
                Targets = @('r-ab12', 'ou-ab12-cdef345678', '222222222222'); Size = 1024
            }

            $rendered = Get-Render $scp

            $rendered | Should -Match 'Name\s+Status\s+PolicyId\s+Size\s+Targets'
            $rendered | Should -Match '(?m)^OSAccessGuardrail\s+Updated\s+p-abcd1234\s+1024\s+r-ab12\r?$'
            $rendered | Should -Match '(?m)^\s+ou-ab12-cdef345678\r?$'
            $rendered | Should -Match '(?m)^\s+222222222222\r?$'
            $rendered -split '\r?\n' | Where-Object { $_.Length -gt 80 } | Should -BeNullOrEmpty
        }
    }

    Context 'simulation results' {
        It 'shows the action and the resource ARN whole' {
            $allowAll = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'
            $arn = 'arn:aws:ec2:ap-northeast-1:123456789012:instance/i-0123456789abcdef0'
            $results = Test-OSAccessPolicy -PolicyInputList $allowAll -CallerArn 'arn:aws:iam::123456789012:user/alice' `
                -ActionName ssm:StartSession, ec2-instance-connect:SendSerialConsoleSSHPublicKey -ResourceArn $arn

            $rendered = Get-Render $results

            $rendered | Should -Match '(?m)^allowed\s+ec2-instance-connect:SendSerialConsoleSSHPublicKey\r?$'
            $rendered | Should -Match "(?m)^\s+on $([regex]::Escape($arn))\r?$"
            Get-LineTooWide $rendered | Should -BeNullOrEmpty
        }
    }

    Context 'OSAccess role results' {
        BeforeAll {
            $script:changes = [string[]]@(
                'role OSAccess: Detach arn:aws:iam::aws:policy/AdministratorAccess'
                'role OSAccess: Create the role, trusting account 111111111111, with a session of at most 01:00:00'
                'policy OSAccessPolicy: Make a new default version (the oldest other version is deleted when IAM''s 5 are kept)'
            )
            $script:result = [OsAccess.Core.Roles.OSAccessRoleResult]::new('222222222222', 'arn:aws:iam::222222222222:role/OSAccess', 'Updated', $changes)
            $script:rendered = Get-Render $result
        }

        It 'shows the account, the status and every change in whole words, within 80 columns' {
            $rendered | Should -Match '(?m)^AccountId\s+Status\s+Changes\r?$'
            $rendered | Should -Match '(?m)^222222222222 Updated\s+role OSAccess: Detach\s'
            foreach ($change in $changes) { Get-Flattened $rendered | Should -BeLikeExactly "*$change*" }
            Get-LineTooWide $rendered | Should -BeNullOrEmpty
        }

        It 'shows a test result''s findings by id, and each finding with its message and remedy' {
            $rule = [OsAccess.Core.Roles.RoleFindingRules]::TrustWiderThanHub
            $finding = [OsAccess.Core.Roles.OSAccessRoleFinding]::new('222222222222', $rule,
                'The trust policy of OSAccess in account 222222222222 lets in more than the hub account 111111111111: arn:aws:iam::999999999999:root.',
                'Publish-OSAccessRole with the same parameters repairs it.')
            $test = [OsAccess.Core.Roles.OSAccessRoleTestResult]::new('222222222222', 'arn:aws:iam::222222222222:role/OSAccess', [OsAccess.Core.Roles.OSAccessRoleFinding[]]@($finding))

            Get-Render $test | Should -Match '(?m)^222222222222 False\s+OSAccessRole.TrustWiderThanHub\r?$'
            $shown = Get-Render $finding
            Get-Flattened $shown | Should -BeLikeExactly "*222222222222 Error OSAccessRole.TrustWiderThanHub $($finding.Message) Remedy: $($finding.Remedy)*"
            Get-LineTooWide $shown | Should -BeNullOrEmpty
        }
    }

    Context 'grants and revocations' {
        BeforeAll {
            $start = [DateTimeOffset]::new(2026, 12, 1, 0, 0, 0, [TimeSpan]::Zero)
            $script:grants = @(
                [OsAccess.PowerShell.Grants.OSAccessGrant]@{ GrantId = '3f9a1c2e'; UserName = 'bob'; AccountId = @('222222222222'); Status = 'Active'; NotBefore = $start; NotAfter = $start.AddHours(1); Managed = $true }
                [OsAccess.PowerShell.Grants.OSAccessGrant]@{ GrantId = '0b1c2d3e'; UserName = 'margaret.hamilton'; AccountId = @('222222222222', '333333333333', '444444444444'); Status = 'Pending'; NotBefore = $start.AddDays(1); NotAfter = $start.AddDays(1).AddHours(8); Managed = $true }
                [OsAccess.PowerShell.Grants.OSAccessGrant]@{ GrantId = ''; UserName = 'admin'; AccountId = @(); Status = 'Standing'; Managed = $false }
            )
            # Approve-OSAccessRequest gives the grant the request's id: oi- and 12 hex digits.
            $script:approved = [OsAccess.PowerShell.Grants.OSAccessGrant]@{ GrantId = 'oi-0123456789ab'; UserName = 'bob'; AccountId = @('222222222222', '333333333333'); Status = 'Pending'; NotBefore = $start.AddDays(1); NotAfter = $start.AddDays(1).AddHours(8); Managed = $true }
        }

        It 'shows each grant on a line within 80 columns, its times in local time' {
            $rendered = Get-Render $grants

            $rendered | Should -Match '(?m)^GrantId\s+UserName\s+AccountId\s+Status\s+Start \(local\)\s+End \(local\)\r?$'
            $local = $grants[0].NotBefore.LocalDateTime.ToString('MM-dd HH:mm', [cultureinfo]::InvariantCulture)
            $rendered | Should -Match "(?m)^3f9a1c2e\s+bob\s+222222222222\s+Active\s+$local "
            $rendered | Should -Match '222222222222\+2\s+Pending'
            $rendered | Should -Match 'admin\s+all\s+Standing'
            $rendered -split '\r?\n' | Where-Object { $_.Length -gt 80 } | Should -BeNullOrEmpty
        }

        It 'shows a grant made from a request with its whole id on one line, and the rest of its row, within 80 columns' {
            $rendered = Get-Render @($approved; $grants)
            $start = $approved.NotBefore.LocalDateTime.ToString('MM-dd HH:mm', [cultureinfo]::InvariantCulture)
            $end = $approved.NotAfter.LocalDateTime.ToString('MM-dd HH:mm', [cultureinfo]::InvariantCulture)

            $rendered | Should -Match "(?m)^oi-0123456789ab bob\s+222222222222\+1\s+Pending\s+$start\s+$end\r?$"
            $rendered -split '\r?\n' | Where-Object { $_.Length -gt 80 } | Should -BeNullOrEmpty
        }

        It 'shows what a revocation did per account within 80 columns' {
            $rendered = Get-Render ([OsAccess.PowerShell.Grants.OSAccessRevocation]@{ GrantId = '3f9a1c2e'; UserName = 'bob'; AccountId = '222222222222'; GrantRemoved = $true; CredentialsDenied = $true; SessionsEnded = @('bob-0a1b2c3d4e5f60718') })

            $rendered | Should -Match '(?m)^3f9a1c2e bob\s+222222222222 True\s+True\s+bob-0a1b2c3d4e5f60718\s*$'
            $rendered -split '\r?\n' | Where-Object { $_.Length -gt 80 } | Should -BeNullOrEmpty
        }
    }
}
