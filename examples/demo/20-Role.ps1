# Step ③ of the design across the organization: the OSAccess role in each member account, published by OsAccess,
# published again (nothing to write), then changed by hand in the console's place and repaired.

# What an administrator of a member account would do in the console, as the IAM Query API calls the console makes.
. (Join-Path $PSScriptRoot '../../tests/Pester/SignedAwsCall.ps1')

$members = '222222222222', '333333333333'
$hub = '111111111111'

Write-Step '20. Publish the OSAccess role to the member accounts (the hub is the management account, where the users live)'
$published = @(Publish-OSAccessRole @aws -AccountId $members -HubAccountId $hub)
$published | Sort-Object AccountId | Format-Table | Out-String -Width 80 | Write-Host
if (@($published | Where-Object Status -NE 'Created').Count -gt 0) { throw "Publishing did not create the role everywhere: $($published | Out-String)" }

Write-Step '21. Publish again: everything is as OsAccess writes it, so nothing is written'
$again = @(Publish-OSAccessRole @aws -AccountId $members -HubAccountId $hub)
$again | Sort-Object AccountId | Format-Table | Out-String -Width 80 | Write-Host
if (@($again | Where-Object Status -NE 'Unchanged').Count -gt 0) { throw "The second run changed something: $($again | Out-String)" }

Write-Step '22. An administrator of 222222222222 widens the role by hand; Test-OSAccessRole finds it, Publish-OSAccessRole repairs it'
$inProd = Get-AssumedRoleKeys -Endpoint $localAws.Endpoint -AccessKey $localAws.AccessKeyId -SecretKey $localAws.SecretAccessKey `
    -AccountId 222222222222 -RoleName OrganizationAccountAccessRole -SessionName console
foreach ($change in @{ Action = 'AttachRolePolicy'; PolicyArn = 'arn:aws:iam::aws:policy/AdministratorAccess' }, @{ Action = 'UpdateRole'; MaxSessionDuration = '43200' }) {
    $call = Invoke-SignedAwsCall -Endpoint $localAws.Endpoint -Service iam @inProd -Body ($change + @{ Version = '2010-05-08'; RoleName = 'OSAccess' })
    if ($call.StatusCode -ne 200) { throw "$($change.Action) by hand failed: $($call.Text)" }
}
Write-Host 'By hand: AdministratorAccess attached to OSAccess, and its sessions allowed to last 12 hours.'
$findings = @((Test-OSAccessRole @aws -AccountId 222222222222 -HubAccountId $hub).Findings)
$findings | Out-String -Width 80 | Write-Host
$repaired = @(Publish-OSAccessRole @aws -AccountId 222222222222 -HubAccountId $hub)
$repaired | Format-Table | Out-String -Width 80 | Write-Host
$compliant = Test-OSAccessRole @aws -AccountId $members -HubAccountId $hub -Quiet
Write-Host "Every member account's role as published again: $compliant"
if (-not $compliant -or $findings.Count -ne 2 -or $repaired[0].Status -ne 'Updated') { throw 'The drift was not found and repaired.' }
