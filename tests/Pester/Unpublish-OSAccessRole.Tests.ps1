BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    $script:localAws = Start-LocalAws
    $script:aws = @{ AccessKey = $localAws.AccessKeyId; SecretKey = $localAws.SecretAccessKey; Region = 'us-east-1'; EndpointUrl = $localAws.Endpoint }
}

AfterAll { $script:localAws.Stop() }

Describe 'Unpublish-OSAccessRole' {
    It 'removes what Publish-OSAccessRole created and leaves the cross-account role' {
        Reset-LocalAws $localAws
        $null = Publish-OSAccessRole @aws -AccountId 222222222222 -HubAccountId 111111111111

        $removed = Unpublish-OSAccessRole @aws -AccountId 222222222222 -Confirm:$false

        $removed.Status | Should -Be 'Removed'
        $removed.Changes | Should -Contain 'role OSAccess: Delete the role'
        (Test-OSAccessRole @aws -AccountId 222222222222 -HubAccountId 111111111111).Findings.Id | Should -Contain 'OSAccessRole.Missing'
        (Get-OSAccessContext @aws -AccountId 222222222222).Arn | Should -Match 'assumed-role/OrganizationAccountAccessRole/'
    }
}
