BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
}

Describe 'New-OSAccessTrustPolicyDocument' {
    It 'trusts the hub account' {
        $doc = New-OSAccessTrustPolicyDocument -HubAccountId 999988887777

        $doc.PolicyType | Should -Be 'Trust'
        $statement = ($doc.Json | ConvertFrom-Json).Statement[0]
        $statement.Principal.AWS | Should -Be 'arn:aws:iam::999988887777:root'
        $statement.Action | Should -Be 'sts:AssumeRole'
        $statement.PSObject.Properties.Name | Should -Not -Contain 'Condition'
    }

    It 'binds session names to user names with -RequireSessionNameMatchesUser' {
        $doc = New-OSAccessTrustPolicyDocument 999988887777 -RequireSessionNameMatchesUser

        ($doc.Json | ConvertFrom-Json).Statement[0].Condition.StringEquals.'sts:RoleSessionName' | Should -Be '${aws:username}'
    }

    It 'takes the hub account from the Account property of an identity' {
        $doc = [pscustomobject]@{ Account = '999988887777'; Arn = 'arn:aws:iam::999988887777:user/alice' } | New-OSAccessTrustPolicyDocument

        ($doc.Json | ConvertFrom-Json).Statement[0].Principal.AWS | Should -Be 'arn:aws:iam::999988887777:root'
    }

    It 'rejects a hub account that is not 12 digits' {
        { New-OSAccessTrustPolicyDocument -HubAccountId 12345 -ErrorAction Stop } | Should -Throw -ErrorId 'OSAccessDocumentInputInvalid,*'
        $null = New-OSAccessTrustPolicyDocument -HubAccountId 12345 -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].Exception.Message | Should -Match "^HubAccountId: '12345' is not an AWS account id"
        $err[0].Exception.Message | Should -Not -Match "\(Parameter '"
    }
}
