BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
}

Describe 'New-OSAccessScpDocument' {
    It 'emits the seed''s guardrail by default' {
        $doc = New-OSAccessScpDocument

        $doc | Should -BeOfType ([OsAccess.Core.Policy.BuiltPolicyDocument])
        $doc.PolicyType | Should -Be 'ServiceControl'
        $doc.SizeLimit | Should -BeGreaterOrEqual 5120
        $json = $doc.Json | ConvertFrom-Json
        $json.Statement[0].Effect | Should -Be 'Deny'
        $json.Statement[0].Action | Should -Be 'ssm:StartSession'
        $json.Statement[0].Condition.ArnNotLike.'aws:PrincipalArn' | Should -Be 'arn:aws:iam::*:role/OSAccess'
    }

    It 'exempts the just-in-time role with -JustInTime' {
        $doc = New-OSAccessScpDocument -JustInTime

        ($doc.MinifiedJson | ConvertFrom-Json).Statement[0].Condition.ArnNotLike.'aws:PrincipalArn' |
            Should -Be 'arn:aws:iam::*:role/SSM-JustInTimeAccessTokenRole'
    }

    It 'exempts both the just-in-time role and OSAccess while migrating' {
        $doc = New-OSAccessScpDocument -JustInTime -ExemptRoleName OSAccess

        ($doc.MinifiedJson | ConvertFrom-Json).Statement[0].Condition.ArnNotLike.'aws:PrincipalArn' |
            Should -Be @('arn:aws:iam::*:role/OSAccess', 'arn:aws:iam::*:role/SSM-JustInTimeAccessTokenRole')
    }

    It 'refuses an SCP over its quota with an error that says what to do, and emits nothing' {
        $actions = 0..299 | ForEach-Object { "ssm:StartSomething$_" }
        $docs = @(New-OSAccessScpDocument -DeniedAction $actions -ErrorVariable failures -ErrorAction SilentlyContinue)

        $docs.Count | Should -Be 0
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessDocumentQuotaExceeded,*'
        $failures[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $failures[0].Exception.Message | Should -BeLike 'GuardrailScp is *characters (white space included), over the 5,120 AWS allows for a service control policy*'
        $failures[0].Exception.Message | Should -BeLike '*split the denied actions over two guardrail SCPs*'
    }

    It 'adds the actions named by -DeniedAction to the channel''s' {
        $doc = New-OSAccessScpDocument -DeniedAction 'ssm:StartSession', 'ssm:SendCommand'

        ($doc.MinifiedJson | ConvertFrom-Json).Statement[0].Action | Should -Be @('ssm:StartSession', 'ssm:SendCommand')
    }

    It 'closes every way onto the OS with -Channel All, and leaves automation to -AutomationRoleName' {
        $statements = (New-OSAccessScpDocument -Channel All -AutomationRoleName Patching).MinifiedJson | ConvertFrom-Json | ForEach-Object Statement

        $statements.Sid | Should -Be @('DenyOsAccessExceptExemptRoles', 'DenyAutomationExceptAutomationRoles')
        $statements[0].Action | Should -Contain 'ec2-instance-connect:SendSSHPublicKey'
        $statements[0].Action | Should -Not -Contain 'ssm:SendCommand'
        $statements[1].Action | Should -Contain 'ssm:SendCommand'
        $statements[1].Condition.ArnNotLike.'aws:PrincipalArn' | Should -Be @('arn:aws:iam::*:role/OSAccess', 'arn:aws:iam::*:role/Patching')
    }

    It 'guards the exempt roles with -ProtectRole, all but -DeploymentRoleName' {
        $protect = (New-OSAccessScpDocument -ProtectRole -DeploymentRoleName Deployer).MinifiedJson | ConvertFrom-Json |
            ForEach-Object Statement | Where-Object Sid -EQ 'DenyChangesToExemptRoles'

        $protect.Action | Should -Contain 'iam:UpdateAssumeRolePolicy'
        $protect.Resource | Should -Be @('arn:aws:iam::*:role/OSAccess', 'arn:aws:iam::*:role/Deployer')
        $protect.Condition.ArnNotLike.'aws:PrincipalArn' | Should -Be 'arn:aws:iam::*:role/Deployer'
    }

    It 'takes the same document parameters as every cmdlet that builds the guardrail' {
        $names = (Get-Command New-OSAccessScpDocument).Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.Cmdlet]::CommonParameters }

        $names | Should -Be @((New-Object OsAccess.PowerShell.Scp.GuardrailScpParameters).PSObject.Properties.Name)
    }

    It 'refuses -AutomationRoleName without -Channel All, naming both' {
        $doc = New-OSAccessScpDocument -AutomationRoleName Patching -ErrorVariable err -ErrorAction SilentlyContinue

        $doc | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessDocumentInputInvalid,*'
        $err[0].ToString() | Should -Be 'AutomationRoleName: the roles it names keep Run Command, associations and automation, which only -Channel All closes: add -Channel All, or drop -AutomationRoleName.'
        $err[0].Exception.ParamName | Should -Be 'AutomationRoleName'
    }

    It 'names the option to drop when the options make a document over the quota' {
        $actions = 1..500 | ForEach-Object { 'ec2:ExtraAction{0:D3}' -f $_ }
        $doc = New-OSAccessScpDocument -Channel All -DeniedAction $actions -ErrorVariable err -ErrorAction SilentlyContinue

        $doc | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessDocumentQuotaExceeded,*'
        $err[0].Exception.Message | Should -Match 'over the [\d,]+ AWS allows for a service control policy .* Drop -DeniedAction \(to [\d,]+ characters\)\.'
    }

    It 'counts the size of the JSON it would send' {
        $doc = New-OSAccessScpDocument

        $doc.Size | Should -Be $doc.MinifiedJson.Length
        $doc.MinifiedJson | Should -Not -Match '\s'
    }

    It 'refuses a role ARN where a role name belongs, with an error record' {
        $doc = New-OSAccessScpDocument -ExemptRoleName 'arn:aws:iam::111122223333:role/OSAccess' -ErrorVariable err -ErrorAction SilentlyContinue

        $doc | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessDocumentInputInvalid,*'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err[0].ToString() | Should -Match "^ExemptRoleName: 'arn:aws:iam::111122223333:role/OSAccess' is not a valid IAM role name"
        $err[0].Exception.Message | Should -Be $err[0].ToString()
        $err[0].Exception.ParamName | Should -Be 'ExemptRoleName'
    }

    It 'refuses a malformed action, with an error record that says what is wrong' {
        $doc = New-OSAccessScpDocument -DeniedAction 'StartSession' -ErrorVariable err -ErrorAction SilentlyContinue

        $doc | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessDocumentInputInvalid,*'
        $err[0].ToString() | Should -Match '^DeniedAction: "StartSession" is not an action the SCP can deny: it has no service prefix'
        $err[0].Exception.Message | Should -Not -Match "\(Parameter '"
    }

    It 'shows name, type, size and JSON in its default view' {
        $text = New-OSAccessScpDocument | Out-String

        $text | Should -Match 'Name\s+: GuardrailScp'
        $text | Should -Match 'Size\s+: \d+ of \d+ characters'
        $text | Should -Not -Match 'MinifiedJson'
    }
}
