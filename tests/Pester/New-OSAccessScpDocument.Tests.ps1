BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
}

Describe 'New-OSAccessScpDocument' {
    It 'emits the seed''s guardrail by default' {
        $doc = New-OSAccessScpDocument

        $doc | Should -BeOfType ([OsAccess.Core.Policy.BuiltPolicyDocument])
        $doc.PolicyType | Should -Be 'ServiceControl'
        $doc.SizeLimit | Should -Be 5120
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

    It 'refuses an SCP over its quota with an error that says what to do, and emits nothing' {
        $actions = 0..299 | ForEach-Object { "ssm:StartSomething$_" }
        $docs = @(New-OSAccessScpDocument -DeniedAction $actions -ErrorVariable failures -ErrorAction SilentlyContinue)

        $docs.Count | Should -Be 0
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'DocumentQuotaExceeded,*'
        $failures[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $failures[0].Exception.Message | Should -BeLike 'GuardrailScp is *characters (white space included), over the 5,120 AWS allows for a service control policy*'
        $failures[0].Exception.Message | Should -BeLike '*split the denied actions over two guardrail SCPs*'
    }

    It 'denies the actions named by -DeniedAction' {
        $doc = New-OSAccessScpDocument -DeniedAction 'ssm:StartSession', 'ssm:SendCommand'

        ($doc.MinifiedJson | ConvertFrom-Json).Statement[0].Action | Should -Be @('ssm:StartSession', 'ssm:SendCommand')
    }

    It 'counts the size of the JSON it would send' {
        $doc = New-OSAccessScpDocument

        $doc.Size | Should -Be $doc.MinifiedJson.Length
        $doc.MinifiedJson | Should -Not -Match '\s'
    }

    It 'refuses a role ARN where a role name belongs, with an error record' {
        $doc = New-OSAccessScpDocument -ExemptRoleName 'arn:aws:iam::111122223333:role/OSAccess' -ErrorVariable err -ErrorAction SilentlyContinue

        $doc | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'InvalidDocumentInput,*'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err[0].ToString() | Should -Match "^ExemptRoleName: 'arn:aws:iam::111122223333:role/OSAccess' is not a valid IAM role name"
        $err[0].Exception.Message | Should -Be $err[0].ToString()
        $err[0].Exception.ParamName | Should -Be 'ExemptRoleName'
    }

    It 'refuses a malformed action, with an error record that says what is wrong' {
        $doc = New-OSAccessScpDocument -DeniedAction 'StartSession' -ErrorVariable err -ErrorAction SilentlyContinue

        $doc | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'InvalidDocumentInput,*'
        $err[0].ToString() | Should -Match '^DeniedAction: "StartSession" is not an action the SCP can deny: it has no service prefix'
        $err[0].Exception.Message | Should -Not -Match "\(Parameter '"
    }

    It 'shows name, type, size and JSON in its default view' {
        $text = New-OSAccessScpDocument | Out-String

        $text | Should -Match 'Name\s+: GuardrailScp'
        $text | Should -Match 'Size\s+: \d+ of 5120 characters'
        $text | Should -Not -Match 'MinifiedJson'
    }
}
