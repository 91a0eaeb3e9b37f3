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
        { New-OSAccessOperatorPolicyDocument -Task Ask -ErrorAction Stop } | Should -Throw '*Publish*Grant*Audit*Revoke*Request*Approve*'
    }

    It 'gives people who ask a hub policy with guards that hold beside ReadOnlyAccess, lifted for those who read every request' {
        $request = New-OSAccessOperatorPolicyDocument -Task Request
        $both = New-OSAccessOperatorPolicyDocument -Task Request, Approve

        $request.Name | Should -Be 'OSAccessOperator-Request-Hub'
        ($request.Document.Statements | Where-Object Effect -EQ Deny).Sid | Should -Be 'NoOtherReasons', 'NoRequesterRetagging'
        ($both.Document.Statements | Where-Object Effect -EQ Deny).Sid | Should -Be 'NoRequesterRetagging'
        ((New-OSAccessOperatorPolicyDocument -Task Approve).Document.Statements | Where-Object Effect -EQ Deny) | Should -BeNullOrEmpty
        ($request.Document.Statements | Where-Object Sid -EQ CreateOwnRequests).Action.Value | Should -Be 'ssm:AddTagsToResource', 'ssm:CreateOpsItem'
        $request, $both | Test-OSAccessPolicyDocument -Quiet | Should -BeTrue
    }

    It 'gives the policies docs/operator-policy.md shows, block for block' {
        $doc = Get-Content -Raw (Join-Path $PSScriptRoot '../../docs/operator-policy.md')
        $blocks = [regex]::Matches($doc, '<!-- New-OSAccessOperatorPolicyDocument -Task (\w+) : (\w+) -->\r?\n#### [^\n]*\(([\d,]+) of [^\n]*\r?\n\r?\n```json\r?\n(.*?)\r?\n```', 'Singleline')
        $expected = foreach ($task in 'Publish', 'Grant', 'Audit', 'Revoke', 'Request', 'Approve') { New-OSAccessOperatorPolicyDocument -Task $task }

        $blocks.Count | Should -Be $expected.Count
        for ($i = 0; $i -lt $blocks.Count; $i++) {
            $block = $blocks[$i].Groups
            "$($block[1].Value) $($block[2].Value)" | Should -Be "$($expected[$i].Task) $($expected[$i].AccountKind)"
            [int]($block[3].Value -replace ',') | Should -Be $expected[$i].Size
            ($block[4].Value -replace '\r') | Should -BeExactly ($expected[$i].Json -replace '\r')
        }
    }
}
