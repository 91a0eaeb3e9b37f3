BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    . (Join-Path $PSScriptRoot 'GrantHub.ps1')
    $script:server = Start-LocalAws
    $script:aws = @{ EndpointUrl = $server.Endpoint; AccessKey = $server.AccessKeyId; SecretKey = $server.SecretAccessKey; Region = 'us-east-1' }
}

AfterAll { $script:server.Stop() }

Describe 'Get-OSAccessGrant' {
    BeforeAll {
        Reset-GrantHub $server -People (@('bob', 'carol') + (1..150 | ForEach-Object { 'user{0:D3}' -f $_ }))
        $script:bob = Grant-OSAccess @aws -UserName bob -AccountId 222222222222 -Reason 'CHG-1'
        $script:later = Grant-OSAccess @aws -UserName bob -AccountId 333333333333 -Start (Get-Date).AddDays(1) -Reason 'CHG-2'
        $script:carol = Grant-OSAccess @aws -UserName carol -AccountId 222222222222, 444444444444 -NoReason
    }

    It 'lists every grant with what it holds, read back exactly' {
        $grants = Get-OSAccessGrant @aws

        $grants.GrantId | Sort-Object | Should -Be (@($bob.GrantId, $later.GrantId, $carol.GrantId) | Sort-Object)
        $read = $grants | Where-Object GrantId -EQ $carol.GrantId
        $read.AccountId | Should -Be '222222222222', '444444444444'
        $read.Reason | Should -BeNullOrEmpty
        $read.NotBefore | Should -Be $carol.NotBefore
        $read.NotAfter | Should -Be $carol.NotAfter
        $read.GrantedAt | Should -Be $carol.GrantedAt
        $read.GrantedBy | Should -Be 'arn:aws:iam::111111111111:user/admin'
        $read.PolicyArn | Should -Be $carol.PolicyArn
    }

    It 'filters by <Filter>' -ForEach @(
        @{ Filter = 'user'; Arguments = @{ UserName = 'carol' }; Expected = { $carol.GrantId } }
        @{ Filter = 'account'; Arguments = @{ AccountId = '444444444444' }; Expected = { $carol.GrantId } }
        @{ Filter = 'status'; Arguments = @{ Status = 'Pending' }; Expected = { $later.GrantId } }
        @{ Filter = 'grant id'; Arguments = @{ GrantId = $null }; Expected = { $bob.GrantId } }
    ) {
        if ($Arguments.ContainsKey('GrantId')) { $Arguments.GrantId = $bob.GrantId }
        (Get-OSAccessGrant @aws @Arguments).GrantId | Should -Be (& $Expected)
    }

    It 'reads the hub in pages of GetAccountAuthorizationDetails, never a call per user' {
        Clear-LocalAwsRequests $server
        $null = Get-OSAccessGrant @aws
        $counts = Get-LocalAwsCounts $server

        $counts['iam:GetAccountAuthorizationDetails'] | Should -BeGreaterThan 1
        $counts['iam:GetAccountAuthorizationDetails'] | Should -BeLessThan 10
        $counts.Keys | Should -Not -Contain 'iam:ListAttachedUserPolicies'
        $counts.Keys | Should -Not -Contain 'iam:ListUserPolicies'
        $counts.Keys | Should -Not -Contain 'iam:GetPolicy'
    }
}
