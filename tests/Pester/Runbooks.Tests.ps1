# The hourly housekeeping runbook (examples/runbooks), run as a scheduler runs it: pwsh -NonInteractive, credentials
# and endpoint from the environment, against LocalAws; its exit code and report are what the scheduler sees.
BeforeAll {
    . (Join-Path $PSScriptRoot 'FreshPwsh.ps1')
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    . (Join-Path $PSScriptRoot 'SignedAwsCall.ps1')
    Import-Module $env:OSACCESS_MODULE -Force
    $script:runbook = Join-Path $PSScriptRoot '../../examples/runbooks/Invoke-OSAccessHousekeeping.ps1'
    $script:localAws = Start-LocalAws
    $script:aws = @{ AccessKey = $localAws.AccessKeyId; SecretKey = $localAws.SecretAccessKey; Region = 'us-east-1'; EndpointUrl = $localAws.Endpoint }
    $management = @{ Endpoint = $localAws.Endpoint; AccessKey = $localAws.AccessKeyId; SecretKey = $localAws.SecretAccessKey }
    $script:root = (Invoke-SignedAwsCall @management -Service organizations -Target AWSOrganizationsV20161128.ListRoots -Body @{}).Answer.Roots[0].Id
    # People's users live in a member account the guardrail covers, as they should.
    $script:hub = '333333333333'
    $script:reports = Join-Path ([IO.Path]::GetTempPath()) ('osaccess-runbook-' + [guid]::NewGuid().ToString('N'))

    function Invoke-Runbook([string] $Endpoint = $localAws.Endpoint, [string] $Arguments = '') {
        $lines = Invoke-FreshPwshScript -Environment @{
            AWS_ACCESS_KEY_ID = $localAws.AccessKeyId; AWS_SECRET_ACCESS_KEY = $localAws.SecretAccessKey; AWS_REGION = 'us-east-1'
            AWS_ENDPOINT_URL = $Endpoint; AWS_EC2_METADATA_DISABLED = 'true'
        } -Script "& '$runbook' -HubAccountId $hub -ReportPath '$reports' -ModulePath '$env:OSACCESS_MODULE' $Arguments; exit `$LASTEXITCODE"
        $code = $LASTEXITCODE
        $file = ($lines | Where-Object { $_ -like 'Report: *' }) -replace '^Report: ', ''
        [pscustomobject]@{ ExitCode = $code; Output = $lines -join "`n"; Report = if ($file -and (Test-Path $file)) { Get-Content $file -Raw | ConvertFrom-Json } }
    }
}

AfterAll {
    if ($localAws) { $localAws.Stop() }
    if ($reports) { Remove-Item $reports -Recurse -Force -ErrorAction SilentlyContinue }
}

Describe 'The housekeeping runbook' {
    It 'exits 0 and says so in its report when the guardrail and every role hold' {
        $null = Publish-OSAccessScp @aws -TargetId $root -Force
        $published = @(Publish-OSAccessRole @aws -All -HubAccountId $hub)
        $run = Invoke-Runbook

        $run.ExitCode | Should -Be 0 -Because $run.Output
        $run.Report.ExitCode | Should -Be 0
        $run.Report.RolesChecked | Should -Be $published.Count
        $published.Count | Should -BeGreaterThan 1
        $run.Report.NonCompliant | Should -BeNullOrEmpty
        $run.Output | Should -Not -Match 'NOT COMPLIANT'
    }

    It 'exits 2 when one step fails account by account while the others go on' {
        $run = Invoke-Runbook -Arguments "-Role @{ CrossAccountRoleName = 'NoSuchRole' }"

        $run.ExitCode | Should -Be 2 -Because $run.Output
        $run.Output | Should -Match 'FAILED Test-OSAccessRole: '
        $run.Output | Should -Not -Match 'FAILED Test-OSAccessScp'
        $run.Report.AccountsChecked | Should -BeGreaterThan 0
    }

    It 'exits 1 and names each account that is not compliant once the guardrail is detached' {
        $null = Unpublish-OSAccessScp @aws -TargetId $root -Confirm:$false
        $run = Invoke-Runbook

        $run.ExitCode | Should -Be 1 -Because $run.Output
        $run.Output | Should -Match 'NOT COMPLIANT Guardrail SCP 222222222222: AdminNotDenied'
        @($run.Report.NonCompliant | Where-Object AccountId -EQ '222222222222').Count | Should -BeGreaterThan 0
        $run.Report.Errors | Should -BeNullOrEmpty
    }

    It 'exits 2 with each step''s error when AWS cannot be reached, without asking anything' {
        $run = Invoke-Runbook -Endpoint 'http://127.0.0.1:9/'

        $run.ExitCode | Should -Be 2 -Because $run.Output
        $run.Output | Should -Match 'FAILED Revoke-OSAccess -Expired: OSAccessConnectionFailed'
        $run.Output | Should -Match 'FAILED Test-OSAccessScp: OSAccessConnectionFailed'
        $run.Report.ExitCode | Should -Be 2
    }
}
