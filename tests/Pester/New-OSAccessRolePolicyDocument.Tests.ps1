BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
}

Describe 'New-OSAccessRolePolicyDocument' {
    It 'fills in the account id and keeps statement ids unique' {
        $doc = New-OSAccessRolePolicyDocument -AccountId 111122223333

        $doc.Name | Should -Be 'OSAccessPolicy'
        $doc.PolicyType | Should -Be 'RoleInline'
        $doc.Json | Should -Not -Match 'account-id'
        $doc.Json | Should -Match 'arn:aws:ec2:\*:111122223333:instance/\*'
        $sids = ($doc.Json | ConvertFrom-Json).Statement.Sid
        ($sids | ForEach-Object ToLowerInvariant | Select-Object -Unique).Count | Should -Be $sids.Count
    }

    It 'takes account objects from the pipeline by their Id' {
        $docs = @([pscustomobject]@{ Id = '111122223333' }, [pscustomobject]@{ Id = '444455556666' }) | New-OSAccessRolePolicyDocument

        $docs.Count | Should -Be 2
        $docs[1].Json | Should -Match '444455556666'
    }

    It 'gives one document per account named by -AccountId' {
        $docs = New-OSAccessRolePolicyDocument -AccountId 111122223333, 444455556666

        $docs.Count | Should -Be 2
        $docs[0].Json | Should -Match '111122223333'
        $docs[1].Json | Should -Match '444455556666'
    }

    It 'says which account each document is for, in its AccountId and its view' {
        $docs = New-OSAccessRolePolicyDocument -AccountId 111122223333, 444455556666

        $docs.AccountId | Should -Be @('111122223333', '444455556666')
        $text = $docs | Out-String -Width 80
        $text | Should -Match '(?m)^Name\s+: OSAccessPolicy\r?\nAccountId\s+: 111122223333\r?$'
        $text | Should -Match '(?m)^AccountId\s+: 444455556666\r?$'
    }

    It 'shows no AccountId for a document that is the same in every account' {
        (New-OSAccessScpDocument).AccountId | Should -BeNullOrEmpty
        New-OSAccessScpDocument | Out-String | Should -Not -Match 'AccountId'
    }

    It 'writes one error per bad account and goes on with the rest' {
        $docs = '111122223333', 'account-id', '444455556666' | New-OSAccessRolePolicyDocument -ErrorVariable err -ErrorAction SilentlyContinue

        $docs.Count | Should -Be 2
        $err.Count | Should -Be 1
        $err[0].ToString() | Should -Match "^AccountId: 'account-id' is not an AWS account id"
        $err[0].ToString() | Should -Not -Match 'Parameter'
        $err[0].Exception.Message | Should -Not -Match "\(Parameter '"
    }
}
