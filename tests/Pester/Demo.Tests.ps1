BeforeAll {
    . (Join-Path $PSScriptRoot 'FreshPwsh.ps1')
    $script:demo = Join-Path $PSScriptRoot '../../examples/Demo.ps1'
    $script:output = (Invoke-FreshPwsh -File $demo -ModulePath $env:OSACCESS_MODULE 2>&1 | Out-String)
    $script:exitCode = $LASTEXITCODE
}

Describe 'The demo (build.ps1 -Task Demo)' {
    It 'runs to the end' {
        $exitCode | Should -Be 0 -Because $output
        $output | Should -Match '=== 9\.'
    }

    It 'shows the seed''s OSAccessPolicy rejected at its unclosed Condition block' {
        $output | Should -Match 'ParseError'
        $output | Should -Match 'line 24, column 26'
    }

    It 'shows every corrected document free of errors' {
        foreach ($name in 'GuardrailScp', 'OSAccessPolicy', 'OSAccessTrustPolicy', 'OSAccessGrant') {
            $output | Should -Match "$name\s+\w+\s+errors: 0"
        }
    }

    It 'shows admins denied and the OSAccess role allowed, in a shell and over RDP' {
        $output | Should -Match 'Admin role \(AdministratorAccess\)\s+Session Manager\s+explicitDeny'
        $output | Should -Match 'Admin role \(AdministratorAccess\)\s+Fleet Manager RDP\s+explicitDeny'
        $output | Should -Match 'OSAccess role \(OSAccessPolicy\)\s+Session Manager\s+allowed'
        $output | Should -Match 'OSAccess role \(OSAccessPolicy\)\s+Fleet Manager RDP\s+allowed'
    }

    It 'shows the grant closed at its bounds and open inside them' {
        # Tomorrow 09:00-18:00 in Tokyo is 00:00-09:00 UTC that day.
        $day = [DateTimeOffset]::UtcNow.ToOffset([TimeSpan]::FromHours(9)).AddDays(1).ToString('yyyy-MM-dd')
        $output | Should -Match "$day 00:00:00 implicitDeny"
        $output | Should -Match "$day 00:00:01 allowed"
        $output | Should -Match "$day 09:00:00 implicitDeny"
    }

    It 'reaches LocalAws and its member accounts' {
        $output | Should -Match 'arn:aws:iam::111111111111:user/admin'
        $output | Should -Match 'assumed-role/OrganizationAccountAccessRole'
    }

    It 'publishes the guardrail to the organization''s root' {
        $output | Should -Match '=== 10\. The guardrail SCP, published to the organization'
        $output | Should -Match 'OSAccessGuardrail\s+Created\s+p-\w+\s+216\s+r-\w+'
    }

    It 'shows member-account admins refused a shell and RDP by LocalAws once the guardrail is published' {
        $denied = 'refused: explicit deny in a service control policy'
        $output | Should -Match "222222222222\s+OrganizationAccountAccessRole\s+Session Manager shell\s+i-0a1b2c3d4e5f60001\s+$denied"
        $output | Should -Match "222222222222\s+OrganizationAccountAccessRole\s+Fleet Manager RDP\s+i-0a1b2c3d4e5f60002\s+$denied"
        $output | Should -Match "333333333333\s+OrganizationAccountAccessRole\s+Session Manager shell\s+i-0a1b2c3d4e5f60003\s+$denied"
        $output | Should -Match '222222222222\s+OrganizationAccountAccessRole\s+Fleet Manager RDP\s+i-0a1b2c3d4e5f60002\s+session started' -Because 'before publishing, and once drifted, the admin gets in'
    }

    It 'repairs a drifted guardrail by publishing again: Updated, then Unchanged with no write' {
        $output | Should -Match 'OSAccessGuardrail\s+Updated\s+p-\w+'
        $output | Should -Match 'OSAccessGuardrail\s+Unchanged\s+p-\w+'
        $output | Should -Match 'The last run made \d+ calls to AWS, 0 of them writes'
    }

    It 'publishes the OSAccess role to the member accounts, and a second run writes nothing' {
        $output | Should -Match '(?m)^222222222222 Created\s+policy OSAccessPolicy: Create the policy'
        $output | Should -Match '(?m)^333333333333 Created\s+policy OSAccessPolicy: Create the policy'
        $output | Should -Match '(?m)^222222222222 Unchanged\s*$'
        $output | Should -Match '(?m)^333333333333 Unchanged\s*$'
    }

    It 'finds the role widened by hand and repairs it' {
        $output | Should -Match 'OSAccessRole\.ForeignPolicyAttached'
        $output | Should -Match 'OSAccessRole\.SessionDurationOverConfigured'
        $output | Should -Match '(?m)^222222222222 Updated\s+role OSAccess: Detach'
        $output | Should -Match "Every member account's role as published again: True"
    }

    It 'tells the grant story against LocalAws: refused, granted, in a session, refused again after the window' {
        $output | Should -Match 'demo-dana may assume OSAccess before any grant: False'
        $output | Should -Match '(?m)^[0-9a-f]{8}\s+demo-dana\s+222222222222\s+Active '
        $output | Should -Match 'demo-dana may assume OSAccess inside the window: True'
        $output | Should -Match '(?m)^222222222222 demo-dana i-0a1b2c3d4e5f60001 Connected '
        $output | Should -Match 'demo-dana may assume OSAccess after the window: False'
    }

    It 'ends one person''s live session and credentials with Revoke-OSAccess -EndSessions while another''s go on' {
        $output | Should -Match '(?m)^[0-9a-f]{8} demo-dana\s+222222222222 True\s+True\s+demo-dana-'
        $output | Should -Match '(?m)^222222222222 demo-erin i-0a1b2c3d4e5f60001 Connected '
        $stillOpen = ($output -split 'Sessions still open in prod:', 2)[1] -split 'earlier credentials', 2 | Select-Object -First 1
        $stillOpen | Should -Match 'demo-erin'
        $stillOpen | Should -Not -Match 'demo-dana i-0'
        $output | Should -Match 'demo-dana''s earlier credentials still start sessions: False'
        $output | Should -Match 'demo-erin''s credentials still start sessions: True'
    }

    It 'prints the organization''s compliance table from Test-OSAccessScp, and finds the drifted guardrail' {
        $output | Should -Match '(?m)^222222222222 prod\s+True\s+ExemptRoleUnguarded'
        $output | Should -Match '(?m)^111111111111 management\s+True\s+ManagementAccount'
        $output | Should -Match '(?m)^222222222222 prod\s+False\s+AdminNotDenied'
    }

    It 'shows the hub admin''s standing access to every account with Get-OSAccessGrant -IncludeUnmanaged' {
        $output | Should -Match '=== 40\.'
        $output | Should -Match '(?m)^\s+admin\s+all\s+Standing'
        $output | Should -Match '(?m)^admin\s+Standing AdministratorAccess user admin'
    }

    It 'prints the organization walked: its root, OUs and accounts' {
        $output | Should -Match '=== 9a\. The organization'
        $output | Should -Match '(?m)^Root/Workloads/Prod\s+222222222222 prod\s*$'
        $output | Should -Match '(?m)^Root/Security\s+444444444444 audit\s*$'
    }

    It 'writes the access-review report, marking exactly the accounts the Test cmdlets find not compliant' {
        $output | Should -Match '=== 50\. The access review'
        $output | Should -Match 'Export-OSAccessReport wrote \S+access-review\.html \(\d+ bytes\)'
        $output | Should -Match 'Marked NOT COMPLIANT on the page: [\d, ]*333333333333'
        $output | Should -Match '(?m)^333333333333 OSAccessRole\.ForeignPolicyAttached'
        $output | Should -Match 'On the page: \d+ grants \(demo-erin\), \d+ live sessions \([^)]*demo-erin[^)]*\), standing access of admin\.'
    }

    It 'exits non-zero, naming what went wrong, when a step does not behave as described' {
        # The guardrail already published when step 10 starts: its "before" (admins get a shell) no longer holds.
        $early = Join-Path $TestDrive '05-GuardrailAlreadyThere.ps1'
        Set-Content $early '$null = Publish-OSAccessScp @aws -TargetId 222222222222'
        $steps = $early, (Join-Path $PSScriptRoot '../../examples/demo/10-Guardrail.ps1')

        # -Command, as -File cannot pass an array.
        $broken = Invoke-FreshPwsh -Command "& '$demo' -ModulePath '$env:OSACCESS_MODULE' -Step '$($steps -join "','")'" 2>&1 | Out-String

        $LASTEXITCODE | Should -Not -Be 0 -Because $broken
        $broken | Should -Match 'expected session started, got[\s|]+refused'
        $broken | Should -Not -Match '=== 20\.'
    }

    It 'tells the request story: asked, approved by another person and let in, no approving one''s own, a denial giving nothing' {
        $output | Should -Match '=== 25\.'
        $output | Should -Match 'demo-frank may assume OSAccess while his request is pending: False'
        $output | Should -Match 'Reason\s+: INC-42: disk full on web-3'
        $output | Should -Match 'demo-frank approving his own request: OSAccessRequestRefused'
        $output | Should -Match 'DecidedBy\s+: arn:aws:iam::111111111111:user/demo-grace'
        $output | Should -Match 'demo-frank may assume OSAccess once approved: True'
        $output | Should -Match 'Approving it again: Request oi-[0-9a-f]{12} is already approved by arn:aws:iam::111111111111:user/demo-grace'
        $output | Should -Match 'demo-frank may assume OSAccess in dev after the denial: False'
        $output | Should -Match '(?m)^oi-[0-9a-f]{12} demo-frank 333333333333\s+Denied '
        $output | Should -Match '(?m)^oi-[0-9a-f]{12} demo-frank 222222222222\s+Approved '
        $output | Should -Match "demo-frank's grants once revoked: 0"
    }
}
