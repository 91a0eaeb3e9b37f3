<#
.SYNOPSIS
    Walks the story of the original design with OsAccess: the seed's documents, what is wrong with them, and the
    corrected documents OsAccess writes. Run it through build.ps1: dotnet pwsh ./build.ps1 -Task Demo
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [string] $HubAccountId = '999988887777',
    [string] $MemberAccountId = '111122223333',
    # The steps run against LocalAws, in this order (default: every examples/demo/NN-Name.ps1, in the order of their names).
    [string[]] $Step = @(Get-ChildItem (Join-Path $PSScriptRoot 'demo') -Filter '*.ps1' -ErrorAction SilentlyContinue | Sort-Object Name | ForEach-Object FullName)
)

$ErrorActionPreference = 'Stop'
Import-Module $ModulePath -Force
$seed = Join-Path $PSScriptRoot 'seed'

function Write-Step([string] $Title) { Write-Host "`n=== $Title ===" -ForegroundColor Cyan }

Write-Step '1. The seed''s guardrail SCP: deny ssm:StartSession to all but the OSAccess role'
Get-Content -Raw (Join-Path $seed 'guardrail-scp.json') | Write-Host
$scpFindings = Test-OSAccessPolicyDocument -Path (Join-Path $seed 'guardrail-scp.json') -PolicyType ServiceControl
Write-Host ("Findings as an SCP: {0}" -f @($scpFindings).Count)

Write-Step '2. The seed''s OSAccessPolicy, exactly as printed'
$seedFindings = @(Test-OSAccessPolicyDocument -Path (Join-Path $seed 'os-access-policy.json') -PolicyType RoleInline)
$seedFindings | Format-List Severity, Id, Position, Message | Out-String | Write-Host
if (-not ($seedFindings | Where-Object Id -EQ 'ParseError')) { throw 'The seed''s OSAccessPolicy parsed: its unclosed Condition block went unnoticed' }

Write-Step '3. Once its Condition block is closed, the rest of what is wrong shows'
$closed = (Get-Content -Raw (Join-Path $seed 'os-access-policy.json')) -replace '(?m)^(\s+\]\r?\n\s+\})(\r?\n\s+\},)', "`$1`n            }`$2"
Test-OSAccessPolicyDocument -PolicyDocument $closed -PolicyType RoleInline |
    Format-Table Severity, Id, @{ n = 'Line'; e = { $_.Position.Line } }, Sid -AutoSize | Out-String | Write-Host

Write-Step '4. The seed''s grant: a fixed window, written by hand in UTC'
Test-OSAccessPolicyDocument -Path (Join-Path $seed 'assume-role-grant.json') -PolicyType UserInline |
    Format-Table Severity, Id, Message -Wrap | Out-String -Width 120 | Write-Host

Write-Step '5. The documents OsAccess writes instead'
$tomorrowInTokyo = [DateTimeOffset]::UtcNow.ToOffset([TimeSpan]::FromHours(9)).AddDays(1)
$documents = @(
    New-OSAccessScpDocument
    New-OSAccessRolePolicyDocument -AccountId $MemberAccountId
    New-OSAccessTrustPolicyDocument -HubAccountId $HubAccountId
    # Tomorrow 09:00-18:00 in Tokyo, whatever this machine's zone: OsAccess writes it in UTC.
    New-OSAccessGrantPolicyDocument -AccountId $MemberAccountId `
        -Start ([DateTimeOffset]::new($tomorrowInTokyo.Year, $tomorrowInTokyo.Month, $tomorrowInTokyo.Day, 9, 0, 0, [TimeSpan]::FromHours(9))) `
        -End ([DateTimeOffset]::new($tomorrowInTokyo.Year, $tomorrowInTokyo.Month, $tomorrowInTokyo.Day, 18, 0, 0, [TimeSpan]::FromHours(9)))
)
$documents | Format-Table Name, PolicyType, Size, SizeLimit -AutoSize | Out-String | Write-Host
foreach ($document in $documents) {
    Write-Host "--- $($document.Name)" -ForegroundColor Yellow
    Write-Host $document.Json
}

Write-Step '6. Each one passes its own policy type''s checks'
foreach ($document in $documents) {
    $errors = @(Test-OSAccessPolicyDocument -PolicyDocument $document.MinifiedJson -PolicyType $document.PolicyType |
        Where-Object Severity -EQ 'Error')
    Write-Host ("{0,-22} {1,-15} errors: {2}" -f $document.Name, $document.PolicyType, $errors.Count)
    if ($errors.Count -gt 0) { throw "$($document.Name) has errors: $($errors | Out-String)" }
}

Write-Step '7. Who may start a session? The guardrail, decided offline (SCPs included)'
$fullAccess = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'
$orgPath = @(
    @{ Target = 'r-root'; Policy = $fullAccess }
    @{ Target = 'ou-workloads'; Policy = @($fullAccess, $documents[0].MinifiedJson) }
)
$instance = "arn:aws:ec2:ap-northeast-1:${MemberAccountId}:instance/i-0123456789abcdef0"
$callers = @(
    @{ Name = 'Admin role (AdministratorAccess)'; Arn = "arn:aws:sts::${MemberAccountId}:assumed-role/Admin/alice"; Policy = $fullAccess }
    @{ Name = 'OSAccess role (OSAccessPolicy)'; Arn = "arn:aws:sts::${MemberAccountId}:assumed-role/OSAccess/alice"; Policy = $documents[1].MinifiedJson }
    @{ Name = 'IAM user (AdministratorAccess)'; Arn = "arn:aws:iam::${MemberAccountId}:user/bob"; Policy = $fullAccess }
)
$rows = foreach ($caller in $callers) {
    foreach ($via in @($null, 'ssm-guiconnect.amazonaws.com')) {
        $context = if ($via) { @{ 'aws:CalledVia' = @($via) } } else { @{} }
        $result = Test-OSAccessPolicy -PolicyInputList $caller.Policy -ServiceControlPolicy $orgPath -CallerArn $caller.Arn `
            -ActionName ssm:StartSession -ResourceArn $instance -ContextEntry $context
        [pscustomobject]@{ Caller = $caller.Name; Through = if ($via) { 'Fleet Manager RDP' } else { 'Session Manager' }; Decision = $result.EvalDecision }
    }
}
$rows | Format-Table -AutoSize | Out-String | Write-Host
foreach ($row in $rows) {
    $expected = if ($row.Caller -like 'OSAccess role*') { 'allowed' } else { 'explicitDeny' }
    if ("$($row.Decision)" -ne $expected) { throw "$($row.Caller) through $($row.Through): expected $expected, got $($row.Decision)" }
}

Write-Step '8. The grant opens and closes by itself, exactly at its UTC bounds'
$grant = $documents[3]
$trust = $documents[2].MinifiedJson
$window = ($grant.Json | ConvertFrom-Json -DateKind String).Statement[0].Condition
$opens = [DateTimeOffset]::Parse($window.DateGreaterThan.'aws:CurrentTime', [cultureinfo]::InvariantCulture)
$closes = [DateTimeOffset]::Parse($window.DateLessThan.'aws:CurrentTime', [cultureinfo]::InvariantCulture)
$instants = $opens, $opens.AddSeconds(1), $closes.AddSeconds(-1), $closes
$rows = foreach ($instant in $instants) {
    $result = Test-OSAccessPolicy -PolicyInputList $grant.MinifiedJson -ResourcePolicy $trust -CallerArn "arn:aws:iam::${HubAccountId}:user/alice" `
        -ActionName sts:AssumeRole -ResourceArn "arn:aws:iam::${MemberAccountId}:role/OSAccess" -CurrentTime $instant.UtcDateTime
    [pscustomobject]@{ 'At (UTC)' = $instant.ToString('yyyy-MM-dd HH:mm:ss'); 'Alice may assume OSAccess' = $result.EvalDecision }
}
$rows | Format-Table -AutoSize | Out-String | Write-Host
if ((@($rows.'Alice may assume OSAccess') -join ',') -ne 'implicitDeny,allowed,allowed,implicitDeny') {
    throw "The grant's window is not open exactly inside its bounds: $($rows | Out-String)"
}

Write-Step '9. Against LocalAws, a loopback AWS that enforces IAM and SCPs: who OsAccess acts as'
. (Join-Path $PSScriptRoot '../tests/Pester/LocalAws.ps1')
$localAws = Start-LocalAws
try {
    $aws = @{ AccessKey = $localAws.AccessKeyId; SecretKey = $localAws.SecretAccessKey; Region = 'us-east-1'; EndpointUrl = $localAws.Endpoint }
    Write-Host "LocalAws listens on $($localAws.Endpoint)"
    Get-OSAccessContext @aws | Format-List Account, Arn, Region, CredentialSource | Out-String | Write-Host
    Write-Host 'Member accounts, reached through OrganizationAccountAccessRole:'
    Get-OSAccessContext @aws -AccountId 222222222222, 333333333333 | Format-Table Account, Arn -AutoSize | Out-String -Width 160 | Write-Host

    # The steps that write to the seeded organization, one file each, in the order of their names.
    foreach ($file in $Step) {
        . $file
    }
} finally {
    $localAws.Stop()
}
