<#
.SYNOPSIS
    The hourly housekeeping runbook: removes expired grants (and the denies no credential can outlive), then checks the
    guardrail SCP across the organization and the OSAccess role in every member account, and writes a report.
.DESCRIPTION
    Runs unattended (pwsh -NonInteractive): nothing asks, every step's errors are collected, and the exit code says
    what happened, for a scheduler to read:
        0  every account compliant, every step ran
        1  some account is not compliant (the report names it and why)
        2  a step failed (the report has the errors); compliance is then unknown
    Credentials and region come the way every OsAccess cmdlet takes them: -ProfileName and -Region here, or the
    environment (AWS_PROFILE, AWS_ACCESS_KEY_ID, AWS_REGION, AWS_ENDPOINT_URL, ...). Run it with management-account
    credentials; the hub is reached through -CrossAccountRoleName.
.EXAMPLE
    pwsh -NonInteractive -File ./Invoke-OSAccessHousekeeping.ps1 -ProfileName org-admin -HubAccountId 111122223333 -ReportPath ./reports
#>
[CmdletBinding()]
param(
    # The account where people's IAM users and their grants live.
    [Parameter(Mandatory)] [string] $HubAccountId,
    # A folder for the report (osaccess-housekeeping-<UTC time>.json); the current folder by default.
    [string] $ReportPath = '.',
    [string] $ProfileName,
    [string] $Region,
    # The guardrail's options, as Publish-OSAccessScp was given them (for example @{ Channel = 'All'; ProtectRole = $true }).
    [hashtable] $Guardrail = @{},
    # The OSAccess role's options, as Publish-OSAccessRole was given them (for example @{ BasePolicy = 'ViewOnlyAccess' }).
    [hashtable] $Role = @{},
    # The OsAccess module to use; the installed one by default.
    [string] $ModulePath = 'OsAccess'
)

$ErrorActionPreference = 'Continue'
$ProgressPreference = 'SilentlyContinue'
Import-Module $ModulePath -ErrorAction Stop

$aws = @{}
if ($ProfileName) { $aws.ProfileName = $ProfileName }
if ($Region) { $aws.Region = $Region }
$started = [DateTimeOffset]::UtcNow
$failures = [Collections.Generic.List[object]]::new()

# Runs one step, keeping its output and every error it wrote, terminating or not (one per failed account included).
function Invoke-Step([string] $Name, [scriptblock] $Step) {
    $written = try { & $Step 2>&1 } catch { $_ }
    foreach ($e in @($written | Where-Object { $_ -is [Management.Automation.ErrorRecord] })) {
        $failures.Add([pscustomobject]@{ Step = $Name; ErrorId = "$($e.FullyQualifiedErrorId)".Split(',')[0]; Message = "$e" })
    }
    @($written | Where-Object { $_ -isnot [Management.Automation.ErrorRecord] })
}

$revoked = Invoke-Step 'Revoke-OSAccess -Expired' { Revoke-OSAccess @aws -HubAccountId $HubAccountId -Expired -Force }
$scp = Invoke-Step 'Test-OSAccessScp' { Test-OSAccessScp @aws @Guardrail -HubAccountId $HubAccountId }
$roles = Invoke-Step 'Test-OSAccessRole' { Test-OSAccessRole @aws @Role -All -HubAccountId $HubAccountId }

$nonCompliant = @(
    $scp | Where-Object { -not $_.Compliant } | ForEach-Object {
        [pscustomobject]@{ Check = 'Guardrail SCP'; AccountId = $_.AccountId; Findings = @($_.Findings | ForEach-Object { "$($_.Id): $($_.Message)" }) }
    }
    $roles | Where-Object { -not $_.Compliant } | ForEach-Object {
        [pscustomobject]@{ Check = 'OSAccess role'; AccountId = $_.AccountId; Findings = @($_.Findings | ForEach-Object { "$($_.Id): $($_.Message)" }) }
    }
)
$exitCode = if ($failures.Count -gt 0) { 2 } elseif ($nonCompliant.Count -gt 0) { 1 } else { 0 }

$report = [ordered]@{
    StartedAt = $started.ToString('o')
    FinishedAt = [DateTimeOffset]::UtcNow.ToString('o')
    HubAccountId = $HubAccountId
    ExitCode = $exitCode
    GrantsRemoved = @($revoked).Count
    AccountsChecked = @($scp).Count
    RolesChecked = @($roles).Count
    NonCompliant = $nonCompliant
    Errors = $failures
}
$null = New-Item -ItemType Directory -Force -Path $ReportPath
$file = Join-Path $ReportPath ('osaccess-housekeeping-{0:yyyyMMddTHHmmssZ}.json' -f $started.UtcDateTime)
$report | ConvertTo-Json -Depth 6 | Set-Content -Path $file -Encoding utf8

Write-Output "Expired grants removed: $($report.GrantsRemoved); accounts checked: $($report.AccountsChecked) (guardrail), $($report.RolesChecked) (role)"
foreach ($account in $nonCompliant) { Write-Output "NOT COMPLIANT $($account.Check) $($account.AccountId): $($account.Findings -join '; ')" }
foreach ($failure in $failures) { Write-Output "FAILED $($failure.Step): $($failure.ErrorId): $($failure.Message)" }
Write-Output "Report: $file"
exit $exitCode
