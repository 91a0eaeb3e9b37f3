BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    $script:localAws = Start-LocalAws
    $script:aws = @{ AccessKey = $localAws.AccessKeyId; SecretKey = $localAws.SecretAccessKey; Region = 'us-east-1'; EndpointUrl = $localAws.Endpoint }
}

AfterAll { $script:localAws.Stop() }

Describe 'Test-OSAccessRole' {
    BeforeAll {
        Reset-LocalAws $localAws
    }

    It 'reports a missing role as a finding with a remedy, and writes nothing' {
        $result = Test-OSAccessRole @aws -AccountId 333333333333 -HubAccountId 111111111111

        $result.Compliant | Should -BeFalse
        $result.Findings.Id | Should -Contain 'OSAccessRole.Missing'
        $result.Findings[0].Remedy | Should -Match 'Publish-OSAccessRole'
        Get-LocalAwsWrite $localAws | Should -BeNullOrEmpty
        Test-OSAccessRole @aws -AccountId 333333333333 -HubAccountId 111111111111 -Quiet | Should -BeFalse
    }
}
