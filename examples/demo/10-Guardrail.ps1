# Step 10: the guardrail SCP published to the seeded organization, the admin of a member account refused a shell and an
# RDP session by LocalAws, and a guardrail someone edited repaired by publishing again.
Write-Step '10. The guardrail SCP, published to the organization and enforced by LocalAws'
. (Join-Path $PSScriptRoot '../../tests/Pester/SignedAwsCall.ps1')

$management = @{ Endpoint = $localAws.Endpoint; AccessKey = $localAws.AccessKeyId; SecretKey = $localAws.SecretAccessKey }
$root = (Invoke-SignedAwsCall @management -Service organizations -Target AWSOrganizationsV20161128.ListRoots -Body @{}).Answer.Roots[0].Id
Write-Host "The organization's root: $root"

# A member account's administrator: OrganizationAccountAccessRole (AdministratorAccess), assumed from the management account.
$members = foreach ($account in '222222222222', '333333333333') {
    @{ Account = $account; Keys = Get-AssumedRoleKeys @management -AccountId $account -RoleName OrganizationAccountAccessRole -SessionName admin }
}
# Each member admin asks Systems Manager for a terminal on a Linux instance (Session Manager), and in prod for a Windows
# desktop (Fleet Manager RDP, which calls StartSession with the port-forwarding document on the user's behalf, so that
# aws:CalledVia names ssm-guiconnect.amazonaws.com).
$attempts = @(
    @{ Account = '222222222222'; Channel = 'Session Manager shell'; Body = @{ Target = 'i-0a1b2c3d4e5f60001'; DocumentName = 'SSM-SessionManagerRunShell' }; Header = @{} }
    @{ Account = '222222222222'; Channel = 'Fleet Manager RDP'; Header = @{ 'X-LocalAws-Called-Via' = 'ssm-guiconnect.amazonaws.com' }
        Body = @{ Target = 'i-0a1b2c3d4e5f60002'; DocumentName = 'AWS-StartPortForwardingSession'; Parameters = @{ portNumber = @('3389') } } }
    @{ Account = '333333333333'; Channel = 'Session Manager shell'; Body = @{ Target = 'i-0a1b2c3d4e5f60003'; DocumentName = 'SSM-SessionManagerRunShell' }; Header = @{} }
)

function Get-SessionAnswers {
    foreach ($attempt in $attempts) {
        $keys = ($members | Where-Object { $_.Account -eq $attempt.Account }).Keys
        $call = Invoke-SignedAwsCall -Endpoint $localAws.Endpoint -Service ssm -Target AmazonSSM.StartSession -Body $attempt.Body -Header $attempt.Header @keys
        [pscustomobject]@{
            Account  = $attempt.Account
            Caller   = 'OrganizationAccountAccessRole'
            Channel  = $attempt.Channel
            Instance = $attempt.Body.Target
            Answer   = if ($call.StatusCode -eq 200) { 'session started' }
                       elseif ($call.Answer.message -match 'with an (explicit deny in a service control policy)') { "refused: $($Matches[1])" }
                       else { "refused: $($call.Answer.__type) $($call.Answer.message)" }
        }
    }
}

function Assert-Answers($Rows, [string] $Expected) {
    foreach ($row in $Rows) {
        if (-not $row.Answer.StartsWith($Expected)) { throw "$($row.Account) $($row.Channel): expected $Expected, got $($row.Answer)" }
    }
}

Write-Host 'Before: what a member account''s administrator may do'
$before = Get-SessionAnswers
$before | Format-Table -AutoSize | Out-String -Width 120 | Write-Host
Assert-Answers $before 'session started'

Write-Host "Publish-OSAccessScp -TargetId $root"
$published = Publish-OSAccessScp @aws -TargetId $root
$published | Out-String | Write-Host
if ($published.Status -ne 'Created') { throw "Expected the guardrail to be created, got $($published.Status)" }

Write-Host 'After: the same calls, decided by LocalAws over the SCPs on each account''s path'
$after = Get-SessionAnswers
$after | Format-Table -AutoSize | Out-String -Width 160 | Write-Host
Assert-Answers $after 'refused: explicit deny in a service control policy'

Write-Host 'Test-OSAccessScp reads the organization in one walk and decides, account by account, with every SCP on its path:'
$compliance = @(Test-OSAccessScp @aws)
$compliance | Format-Table | Out-String -Width 80 | Write-Host
if (@($compliance | Where-Object { -not $_.Compliant }).Count -gt 0) { throw "The published guardrail does not hold everywhere: $($compliance | Out-String)" }

Write-Host 'Someone with the management account''s keys widens the exemption to every role, straight through the API (UpdatePolicy):'
$drifted = (New-OSAccessScpDocument).MinifiedJson.Replace('role/OSAccess', 'role/*')
$edit = Invoke-SignedAwsCall @management -Service organizations -Target AWSOrganizationsV20161128.UpdatePolicy -Body @{ PolicyId = $published.PolicyId; Content = $drifted }
if ($edit.StatusCode -ne 200) { throw "UpdatePolicy failed: $($edit.Text)" }
$open = Get-SessionAnswers
$open | Format-Table -AutoSize | Out-String -Width 120 | Write-Host
Assert-Answers $open 'session started'
Write-Host 'Test-OSAccessScp sees it too:'
$broken = @(Test-OSAccessScp @aws | Where-Object { -not $_.Compliant })
$broken | Format-Table | Out-String -Width 80 | Write-Host
if ($broken.Count -eq 0) { throw 'Test-OSAccessScp did not find the drifted guardrail' }

Write-Host 'Publishing again repairs it in place (one UpdatePolicy), then finds nothing to change:'
$repaired = Publish-OSAccessScp @aws -TargetId $root
$null = Invoke-RestMethod -Method Delete "$($localAws.Endpoint)_localaws/requests"
$unchanged = Publish-OSAccessScp @aws -TargetId $root
$log = (Invoke-RestMethod "$($localAws.Endpoint)_localaws/requests").entries
$writes = @($log | Where-Object { $_.service -eq 'organizations' -and $_.operation -notmatch '^(List|Describe)' }).Count
@($repaired, $unchanged) | Out-String | Write-Host
Write-Host "The last run made $(@($log).Count) calls to AWS, $writes of them writes (LocalAws's request log)."
if ($writes -ne 0) { throw "Publishing an unchanged guardrail made $writes write calls" }
if ($repaired.Status -ne 'Updated' -or $unchanged.Status -ne 'Unchanged' -or $repaired.PolicyId -ne $published.PolicyId) {
    throw "Expected Updated then Unchanged on $($published.PolicyId), got $($repaired.Status) then $($unchanged.Status)"
}
Assert-Answers (Get-SessionAnswers) 'refused: explicit deny in a service control policy'
Write-Host 'The member accounts'' administrators are refused a shell and RDP again.'
