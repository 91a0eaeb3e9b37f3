# Publish-OSAccessScp and Unpublish-OSAccessScp against LocalAws's seeded organization: what they write, counted in
# LocalAws's request log, and what another tool (a SigV4 call of its own) sees afterwards.
BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    . (Join-Path $PSScriptRoot 'SignedAwsCall.ps1')
    . (Join-Path $PSScriptRoot 'FreshPwsh.ps1')
    $script:localAws = Start-LocalAws
    $script:admin = "$($localAws.Endpoint)_localaws"
    $script:aws = @{ AccessKey = $localAws.AccessKeyId; SecretKey = $localAws.SecretAccessKey; Region = 'us-east-1'; EndpointUrl = $localAws.Endpoint }
    $script:keys = @{ Endpoint = $localAws.Endpoint; AccessKey = $localAws.AccessKeyId; SecretKey = $localAws.SecretAccessKey }

    # Organizations as another tool sees it, called outside OsAccess.
    function Invoke-Org([string] $Operation, [hashtable] $Body = @{}) {
        $call = Invoke-SignedAwsCall @keys -Service organizations -Target "AWSOrganizationsV20161128.$Operation" -Body $Body
        if ($call.StatusCode -ne 200) { throw "$Operation failed: $($call.Text)" }
        $call.Answer
    }
    function Get-RootId { (Invoke-Org ListRoots).Roots[0].Id }
    function Get-Guardrail { (Invoke-Org ListPolicies @{ Filter = 'SERVICE_CONTROL_POLICY' }).Policies | Where-Object Name -EQ 'OSAccessGuardrail' }
    function Get-TargetIds([string] $PolicyId) { @((Invoke-Org ListTargetsForPolicy @{ PolicyId = $PolicyId }).Targets.TargetId) | Sort-Object }
    function New-OtherScp([string] $Name, [string] $TargetId) {
        $policy = (Invoke-Org CreatePolicy @{ Name = $Name; Description = 'another team''s'; Type = 'SERVICE_CONTROL_POLICY'; Content = (New-OSAccessScpDocument).MinifiedJson }).Policy
        if ($TargetId) { $null = Invoke-Org AttachPolicy @{ PolicyId = $policy.PolicySummary.Id; TargetId = $TargetId } }
        $policy.PolicySummary
    }

    # The Organizations calls that are not reads: what "nothing written" is counted by.
    function Clear-Requests { $null = Invoke-RestMethod -Method Delete "$admin/requests" }
    function Get-Writes {
        @((Invoke-RestMethod "$admin/requests").entries | Where-Object { $_.service -eq 'organizations' -and $_.operation -notmatch '^(List|Describe)' } |
            ForEach-Object operation)
    }
    function Get-RequestCount { (Invoke-RestMethod "$admin/requests").total }
}

AfterAll {
    $script:localAws.Stop()
}

Describe 'Publish-OSAccessScp' {
    BeforeEach {
        $null = Invoke-RestMethod -Method Post "$admin/reset"
        $script:root = Get-RootId
    }

    It 'creates the guardrail, tagged as OsAccess''s, and attaches it where asked' {
        $scp = Publish-OSAccessScp @aws -TargetId $root, 222222222222

        $scp.Status | Should -Be 'Created'
        $scp.Name | Should -Be 'OSAccessGuardrail'
        $scp.PolicyId | Should -Match '^p-'
        $scp.Arn | Should -BeLike "arn:aws:organizations::111111111111:policy/*/service_control_policy/$($scp.PolicyId)"
        $scp.Changes | Should -Be "Created $($scp.PolicyId)", "Attached to $root", 'Attached to 222222222222'
        $scp.Targets | Should -Be $root, '222222222222'
        $scp.Size | Should -Be (New-OSAccessScpDocument).Size
        Get-TargetIds $scp.PolicyId | Should -Be (@($root, '222222222222') | Sort-Object)
        (Invoke-Org ListTagsForResource @{ ResourceId = $scp.PolicyId }).Tags | Where-Object Key -EQ 'osaccess:managed-by' | ForEach-Object Value | Should -Be 'OsAccess'
    }

    It 'makes no write call at all when run again' {
        $first = Publish-OSAccessScp @aws -TargetId $root
        Clear-Requests

        $again = Publish-OSAccessScp @aws -TargetId $root

        $again.Status | Should -Be 'Unchanged'
        $again.PolicyId | Should -Be $first.PolicyId
        $again.Changes | Should -BeNullOrEmpty
        Get-Writes | Should -BeNullOrEmpty
        Get-RequestCount | Should -BeGreaterThan 0
    }

    It 'writes drifted content back with one UpdatePolicy, never a second policy' {
        $first = Publish-OSAccessScp @aws -TargetId 333333333333
        $null = Invoke-Org UpdatePolicy @{ PolicyId = $first.PolicyId; Content = (New-OSAccessScpDocument).MinifiedJson.Replace('role/OSAccess', 'role/*') }
        Clear-Requests

        $repaired = Publish-OSAccessScp @aws -TargetId 333333333333

        $repaired.Status | Should -Be 'Updated'
        $repaired.PolicyId | Should -Be $first.PolicyId
        $repaired.Changes | Should -Be 'Updated content'
        Get-Writes | Should -Be 'UpdatePolicy'
        @(Get-Guardrail).Count | Should -Be 1
        (Invoke-Org DescribePolicy @{ PolicyId = $first.PolicyId }).Policy.Content | Should -BeExactly (New-OSAccessScpDocument).MinifiedJson
        (Publish-OSAccessScp @aws -TargetId 333333333333).Status | Should -Be 'Unchanged'
    }

    It 'publishes exactly the document New-OSAccessScpDocument shows for the same parameters' {
        $scp = Publish-OSAccessScp @aws -TargetId 222222222222 -Channel All -AutomationRoleName Patching -ProtectRole -ExemptRoleName OSAccess -JustInTime

        $expected = New-OSAccessScpDocument -Channel All -AutomationRoleName Patching -ProtectRole -ExemptRoleName OSAccess -JustInTime
        (Invoke-Org DescribePolicy @{ PolicyId = $scp.PolicyId }).Policy.Content | Should -BeExactly $expected.MinifiedJson
        $scp.Size | Should -Be $expected.Size
    }

    It 'binds AWS.Tools root, OU and account objects by their Id, and attaches to each once' {
        $ou = (Invoke-Org ListOrganizationalUnitsForParent @{ ParentId = $root }).OrganizationalUnits | Where-Object Name -EQ 'Security'
        $objects = @(
            [pscustomobject]@{ Id = $root; Arn = "arn:aws:organizations::111111111111:root/o-x/$root"; Name = 'Root'; PolicyTypes = @() }
            [pscustomobject]@{ Id = $ou.Id; Arn = $ou.Arn; Name = 'Security' }
            [pscustomobject]@{ Id = '333333333333'; Arn = 'arn:aws:organizations::111111111111:account/o-x/333333333333'; Name = 'dev'; Email = 'dev@example.com'; Status = 'ACTIVE' }
            [pscustomobject]@{ Id = '333333333333'; Name = 'dev again' }
        )

        $scp = $objects | Publish-OSAccessScp @aws

        @($scp).Count | Should -Be 1
        $scp.Name | Should -Be 'OSAccessGuardrail' -Because 'the objects'' Name is not the policy''s'
        $scp.Targets | Should -Be $root, $ou.Id, '333333333333'
        Get-TargetIds $scp.PolicyId | Should -Be (@($root, $ou.Id, '333333333333') | Sort-Object)
    }

    It 'refuses a malformed target id when it binds, before any call' {
        Clear-Requests

        { Publish-OSAccessScp @aws -TargetId 222222222222, 'ou-123' -ErrorAction Stop } |
            Should -Throw "*'ou-123' is not a root, OU or account id: a root is r- and 4 to 32 lowercase letters or digits (r-ab12)*"
        { [pscustomobject]@{ Id = 'p-FullAWSAccess' } | Publish-OSAccessScp @aws -ErrorAction Stop } | Should -Throw "*TargetId*'p-FullAWSAccess' is not a root, OU or account id*"
        Get-RequestCount | Should -Be 0
    }

    It 'refuses a target the organization does not have, naming it, and writes nothing' {
        Clear-Requests

        $scp = Publish-OSAccessScp @aws -TargetId 222222222222, 'ou-zzzz-zzzzzzzz' -ErrorVariable failures -ErrorAction SilentlyContinue

        $scp | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessTargetNotFound,*'
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].TargetObject | Should -Be 'ou-zzzz-zzzzzzzz'
        $failures[0].Exception.Message | Should -BeLike 'TargetId: ou-zzzz-zzzzzzzz is not a root, OU or account of organization o-*'
        Get-Writes | Should -BeNullOrEmpty
        Get-Guardrail | Should -BeNullOrEmpty
    }

    It 'refuses a target that already holds as many SCPs as AWS allows, saying what to do, and writes nothing' {
        1..4 | ForEach-Object { $null = New-OtherScp "Other$_" 333333333333 }
        Clear-Requests

        $scp = Publish-OSAccessScp @aws -TargetId $root, 333333333333 -ErrorVariable failures -ErrorAction SilentlyContinue

        $scp | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessScpTargetFull,*'
        $failures[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $failures[0].Exception.Message | Should -BeLike 'TargetId: 333333333333 already has 5 SCPs attached (FullAWSAccess, Other1, Other2, Other3, Other4), the most AWS allows*Detach one of them*'
        Get-Writes | Should -BeNullOrEmpty
    }

    It 'refuses a document over the SCP quota before calling AWS' {
        Clear-Requests

        $scp = Publish-OSAccessScp @aws -TargetId $root -DeniedAction (0..299 | ForEach-Object { "ssm:StartSomething$_" }) -ErrorVariable failures -ErrorAction SilentlyContinue

        $scp | Should -BeNullOrEmpty
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessDocumentQuotaExceeded,*'
        $failures[0].Exception.Message | Should -BeLike 'OSAccessGuardrail is *over the 5,120 AWS allows for a service control policy*Drop -DeniedAction*'
        Get-RequestCount | Should -Be 0
    }

    It 'stops at a refusal by AWS with its error code' {
        $failure = { Publish-OSAccessScp -AccessKey AKIAALICEEXAMPLE0001 -SecretKey aliceSecretKeyEXAMPLEaliceSecretKeyEXAMP -Region us-east-1 `
                -EndpointUrl $localAws.Endpoint -TargetId $root } | Should -Throw -PassThru

        $failure.FullyQualifiedErrorId | Should -BeLike 'Organizations.AccessDeniedException,*'
        $failure.CategoryInfo.Category | Should -Be 'PermissionDenied'
        $failure.ErrorDetails.Message | Should -BeLike 'organizations CreatePolicy: User: arn:aws:iam::111111111111:user/alice is not authorized to perform: organizations:CreatePolicy*'
        Get-Guardrail | Should -BeNullOrEmpty
    }

    It 'shows with -WhatIf the document, its diff against AWS and the targets, and writes nothing' {
        $first = Publish-OSAccessScp @aws -TargetId 222222222222
        $null = Invoke-Org UpdatePolicy @{ PolicyId = $first.PolicyId; Content = (New-OSAccessScpDocument).MinifiedJson.Replace('role/OSAccess', 'role/*') }
        Clear-Requests

        $shown = Invoke-FreshPwshScript -Script "Import-Module '$env:OSACCESS_MODULE'; Publish-OSAccessScp -AccessKey $($aws.AccessKey) -SecretKey '$($aws.SecretKey)' -Region us-east-1 -EndpointUrl '$($aws.EndpointUrl)' -TargetId 222222222222, 333333333333 -WhatIf"
        $text = $shown -join "`n"

        $text | Should -Match "What if: Performing the operation ""Update the SCP's content"" on target ""account 111111111111: SCP OSAccessGuardrail \($($first.PolicyId)\)""\."
        $text | Should -Match '(?m)^-\s+"aws:PrincipalArn": "arn:aws:iam::\*:role/\*"$'
        $text | Should -Match '(?m)^\+\s+"aws:PrincipalArn": "arn:aws:iam::\*:role/OSAccess"$'
        $text | Should -Match 'What if: Performing the operation "Attach the SCP to 333333333333" on target "account 111111111111: targets of SCP OSAccessGuardrail"\.'
        $text | Should -Match '(?m)^\+333333333333$'
        $text | Should -Match '(?m)^ 222222222222$'
        Get-Writes | Should -BeNullOrEmpty
    }

    It 'replaces a policy of that name that OsAccess did not create only with -Force, refusing when it cannot ask' {
        $theirs = New-OtherScp 'OSAccessGuardrail' 222222222222
        $null = Invoke-Org UpdatePolicy @{ PolicyId = $theirs.Id; Content = (New-OSAccessScpDocument -JustInTime).MinifiedJson }
        Clear-Requests

        $refused = Invoke-FreshPwshScript -Script "Import-Module '$env:OSACCESS_MODULE'; Publish-OSAccessScp -AccessKey $($aws.AccessKey) -SecretKey '$($aws.SecretKey)' -Region us-east-1 -EndpointUrl '$($aws.EndpointUrl)' -TargetId 222222222222"

        ($refused -join ' ') -replace '\s+', ' ' | Should -Match "SCP OSAccessGuardrail \($($theirs.Id)\) does not carry OsAccess's tag \(osaccess:managed-by = OsAccess\): OsAccess did not create it, so nothing was changed\."
        Get-Writes | Should -BeNullOrEmpty

        $scp = Publish-OSAccessScp @aws -TargetId 222222222222 -Force

        $scp.Status | Should -Be 'Updated'
        $scp.PolicyId | Should -Be $theirs.Id
        Get-Writes | Should -Be 'UpdatePolicy'
    }

    It 'turns SCPs on at the root only with -Force, refusing when it cannot ask' {
        $seed = @{ organization = @{ managementAccountId = '111111111111'; scpEnabled = $false; accounts = @(@{ id = '222222222222'; name = 'prod'; parent = 'Root' }) }
            users = @(@{ account = '111111111111'; name = 'admin'; accessKeys = @(@{ accessKeyId = $aws.AccessKey; secretAccessKey = $aws.SecretKey }); managedPolicies = @('arn:aws:iam::aws:policy/AdministratorAccess') }) }
        $null = Invoke-RestMethod -Method Post "$admin/reset" -ContentType 'application/json' -Body ($seed | ConvertTo-Json -Depth 6)
        $root = Get-RootId
        Clear-Requests

        $refused = Invoke-FreshPwshScript -Script "Import-Module '$env:OSACCESS_MODULE'; Publish-OSAccessScp -AccessKey $($aws.AccessKey) -SecretKey '$($aws.SecretKey)' -Region us-east-1 -EndpointUrl '$($aws.EndpointUrl)' -TargetId 222222222222"

        ($refused -join "`n") | Should -Match "Service control policies are off on root $root, and the guardrail needs them: nothing was written\. Run again with -Force"
        Get-Writes | Should -BeNullOrEmpty

        $scp = Publish-OSAccessScp @aws -TargetId 222222222222 -Force

        $scp.Changes | Should -Be "Enabled SCPs on $root", "Created $($scp.PolicyId)", 'Attached to 222222222222'
        (Invoke-Org ListRoots).Roots[0].PolicyTypes | Where-Object Type -EQ 'SERVICE_CONTROL_POLICY' | ForEach-Object Status | Should -Be 'ENABLED'
    }
}

Describe 'Unpublish-OSAccessScp' {
    BeforeEach {
        $null = Invoke-RestMethod -Method Post "$admin/reset"
        $script:root = Get-RootId
    }

    It 'detaches the guardrail from one target and leaves every other policy where it is' {
        $other = New-OtherScp 'TeamGuardrail' 222222222222
        $scp = Publish-OSAccessScp @aws -TargetId $root, 222222222222
        Clear-Requests

        Unpublish-OSAccessScp @aws -TargetId 222222222222 -Confirm:$false

        Get-Writes | Should -Be 'DetachPolicy'
        Get-TargetIds $scp.PolicyId | Should -Be $root
        @((Invoke-Org ListPoliciesForTarget @{ TargetId = '222222222222'; Filter = 'SERVICE_CONTROL_POLICY' }).Policies.Name) | Sort-Object | Should -Be 'FullAWSAccess', 'TeamGuardrail'
        Get-TargetIds $other.Id | Should -Be '222222222222'
    }

    It 'warns about a target the guardrail is not attached to' {
        $null = Publish-OSAccessScp @aws -TargetId 222222222222

        Unpublish-OSAccessScp @aws -TargetId 333333333333 -Confirm:$false -WarningVariable warnings 3> $null

        $warnings | Should -Be 'SCP OSAccessGuardrail is not attached to 333333333333: nothing to detach there.'
    }

    It 'with -All detaches it from everywhere and deletes it, and no other policy' {
        $other = New-OtherScp 'TeamGuardrail' $root
        $null = Publish-OSAccessScp @aws -TargetId $root, 222222222222, 333333333333
        Clear-Requests

        Unpublish-OSAccessScp @aws -All -Confirm:$false

        Get-Writes | Should -Be 'DetachPolicy', 'DetachPolicy', 'DetachPolicy', 'DeletePolicy'
        Get-Guardrail | Should -BeNullOrEmpty
        Get-TargetIds $other.Id | Should -Be $root
    }

    It 'shows with -WhatIf every target it would detach from and the document it would delete, and changes nothing' {
        $scp = Publish-OSAccessScp @aws -TargetId $root, 222222222222
        Clear-Requests

        $shown = Invoke-FreshPwshScript -Script "Import-Module '$env:OSACCESS_MODULE'; Unpublish-OSAccessScp -AccessKey $($aws.AccessKey) -SecretKey '$($aws.SecretKey)' -Region us-east-1 -EndpointUrl '$($aws.EndpointUrl)' -All -WhatIf"
        $text = $shown -join "`n"

        $text | Should -Match "What if: Performing the operation ""Detach the SCP from ($root, 222222222222|222222222222, $root)"" on target ""account 111111111111: targets of SCP OSAccessGuardrail""\."
        $text | Should -Match '(?m)^-222222222222$'
        $text | Should -Match '(?m)^\+\(no targets\)$'
        $text | Should -Match "What if: Performing the operation ""Delete the SCP"" on target ""account 111111111111: SCP OSAccessGuardrail \($($scp.PolicyId)\)""\."
        $text | Should -Match '(?m)^-\s+"aws:PrincipalArn": "arn:aws:iam::\*:role/OSAccess"$'
        Get-Writes | Should -BeNullOrEmpty
        Get-Guardrail | Should -Not -BeNullOrEmpty
    }

    It 'refuses a policy of that name that OsAccess did not create, unless -Force' {
        $theirs = New-OtherScp 'OSAccessGuardrail' 333333333333
        Clear-Requests

        Unpublish-OSAccessScp @aws -All -Confirm:$false -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessNotManaged,*'
        $failures[0].Exception.Message | Should -BeLike "SCP OSAccessGuardrail ($($theirs.Id)) does not carry OsAccess's tag (osaccess:managed-by = OsAccess)*run again with -Force."
        Get-Writes | Should -BeNullOrEmpty

        Unpublish-OSAccessScp @aws -All -Confirm:$false -Force

        Get-Writes | Should -Be 'DetachPolicy', 'DeletePolicy'
        Get-Guardrail | Should -BeNullOrEmpty
    }

    It 'says so when the organization has no SCP of that name' {
        Unpublish-OSAccessScp @aws -Name Nope -All -Confirm:$false -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessScpNotFound,*'
        $failures[0].Exception.Message | Should -Be "Name: the organization has no SCP named 'Nope': nothing to unpublish."
    }
}
