BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
}

Describe 'New-OSAccessOperatorPolicyDocument' {
    It 'gives one identity policy per kind of account a task acts in, named after its tasks and kind' {
        $parts = New-OSAccessOperatorPolicyDocument -Task Publish

        $parts.Name | Should -Be 'OSAccessOperator-Publish-Management', 'OSAccessOperator-Publish-Member'
        $parts.AccountKind | Should -Be 'Management', 'Member'
        $parts | ForEach-Object { $_.Task | Should -Be 'Publish'; $_.PolicyType | Should -Be 'Identity' }
        $parts | Test-OSAccessPolicyDocument -Quiet | Should -BeTrue
    }

    It 'merges several tasks, from the parameter or the pipeline, into one policy per kind of account' {
        $merged = New-OSAccessOperatorPolicyDocument -Task Grant, Revoke
        $piped = 'Revoke', 'Grant' | New-OSAccessOperatorPolicyDocument

        $merged.Name | Should -Be 'OSAccessOperator-Grant+Revoke-Hub', 'OSAccessOperator-Grant+Revoke-Member'
        $piped.MinifiedJson | Should -Be $merged.MinifiedJson
        $hub = ($merged | Where-Object AccountKind -EQ Hub).Document.Statements.Action.Value
        foreach ($action in (New-OSAccessOperatorPolicyDocument Grant).Document.Statements.Action.Value + (New-OSAccessOperatorPolicyDocument Revoke | Where-Object AccountKind -EQ Hub).Document.Statements.Action.Value) {
            $hub | Should -Contain $action
        }
    }

    It 'allows reaching member accounts only through -CrossAccountRoleName, and refuses a name IAM would' {
        $management = New-OSAccessOperatorPolicyDocument Audit -CrossAccountRoleName OSAccessOperator | Where-Object AccountKind -EQ Management
        ($management.Document.Statements | Where-Object Sid -EQ ReachMemberAccounts).Resource.Value | Should -Be 'arn:aws:iam::*:role/OSAccessOperator'

        { New-OSAccessOperatorPolicyDocument Audit -CrossAccountRoleName 'no spaces' -ErrorAction Stop } | Should -Throw '*CrossAccountRoleName*'
        { New-OSAccessOperatorPolicyDocument -Task Request -ErrorAction Stop } | Should -Throw '*Publish*Grant*Audit*Revoke*'
    }
}
