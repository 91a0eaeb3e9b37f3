# Time-boxed access against LocalAws: nobody reaches an OS normally; an admin grants a person a window; access ends by
# itself; it can be ended early, sessions already running included. Creates people in the hub (the management account
# here) and relies on the OSAccess role as Publish-OSAccessRole writes it.

. (Join-Path $PSScriptRoot '../PersonSession.ps1')
Import-PersonSdk (Get-Module OsAccess).Path
$prod = '222222222222'
$instance = 'i-0a1b2c3d4e5f60001'
$roleArn = "arn:aws:iam::${prod}:role/OSAccess"
$clock = "$($localAws.Endpoint)_localaws/clock"

Write-Step '30. The grant story: people in the hub, and the OSAccess role in prod, as published'
$hubIam = New-LocalIamClient $localAws.Endpoint $localAws.AccessKeyId $localAws.SecretAccessKey
$keys = @{}
foreach ($person in 'dana', 'erin') { $keys[$person] = New-HubPerson $hubIam "demo-$person" }
# The role as Publish-OSAccessRole writes it (step 20 did; a second run writes nothing).
$null = Publish-OSAccessRole @aws -AccountId $prod -HubAccountId 111111111111
function Connect-Person([string] $Person) {
    New-PersonRoleSession $localAws.Endpoint $keys[$Person].AccessKeyId $keys[$Person].SecretAccessKey $roleArn "demo-$Person"
}
# LocalAws's clock moved on: a grant without -Start opens from the current second, strictly after which IAM allows it.
function Move-LocalAwsClock([int] $Seconds) {
    $null = Invoke-RestMethod -Method Post -Uri $clock -Body (@{ advanceSeconds = $Seconds } | ConvertTo-Json) -ContentType 'application/json'
}

$allowed = $null -ne (Connect-Person dana)
Write-Host ("demo-dana may assume OSAccess before any grant: {0}" -f $allowed)
if ($allowed) { throw 'demo-dana could assume OSAccess before any grant' }

Write-Step '31. Grant-OSAccess for one hour; dana assumes OSAccess and starts a session'
Grant-OSAccess @aws -UserName demo-dana -AccountId $prod -Duration 1:00 -Reason 'CHG-1234 patch web-1' | Format-Table | Out-String -Width 80 | Write-Host
Move-LocalAwsClock 2
$dana = Connect-Person dana
Write-Host ("demo-dana may assume OSAccess inside the window: {0}" -f ($null -ne $dana))
if (-not $dana) { throw 'demo-dana could not assume OSAccess inside the window' }
$danaSession = Start-PersonSession $localAws.Endpoint $dana $instance
if (-not $danaSession) { throw 'demo-dana could not start a session inside the window' }
Write-Host "demo-dana started session $danaSession on $instance"
Get-OSAccessSession @aws -AccountId $prod -UserName demo-dana | Format-Table | Out-String -Width 80 | Write-Host

Write-Step '32. The clock moves past the window: dana is refused again'
Move-LocalAwsClock 3700
$allowed = $null -ne (Connect-Person dana)
Write-Host ("demo-dana may assume OSAccess after the window: {0}" -f $allowed)
if ($allowed) { throw 'demo-dana could still assume OSAccess after the window closed' }
# Back to this machine's time, which OsAccess's own clock reads; the first grant, over by then on LocalAws's clock, is
# housekept here as Revoke-OSAccess -Expired would once it is over by this machine's too.
$null = Invoke-RestMethod -Method Post -Uri $clock -Body (@{ set = [DateTimeOffset]::UtcNow.AddSeconds(2).ToString('o') } | ConvertTo-Json) -ContentType 'application/json'
$null = Get-OSAccessGrant @aws -UserName demo-dana | Revoke-OSAccess @aws -Confirm:$false

Write-Step '33. New grants for dana and erin; Revoke-OSAccess -EndSessions ends dana''s live session, erin''s goes on'
$null = Grant-OSAccess @aws -UserName demo-dana -AccountId $prod -Duration 1:00 -Reason 'CHG-1235'
$null = Grant-OSAccess @aws -UserName demo-erin -AccountId $prod -Duration 1:00 -Reason 'CHG-1236'
$dana = Connect-Person dana
$erin = Connect-Person erin
$danaSession = Start-PersonSession $localAws.Endpoint $dana $instance
$erinSession = Start-PersonSession $localAws.Endpoint $erin $instance
Get-OSAccessGrant @aws -UserName demo-dana | Revoke-OSAccess @aws -EndSessions -Confirm:$false | Format-Table | Out-String -Width 80 | Write-Host
Write-Host 'Sessions still open in prod:'
Get-OSAccessSession @aws -AccountId $prod | Where-Object UserName -Like 'demo-*' | Format-Table | Out-String -Width 80 | Write-Host
$danaStill = $null -ne (Start-PersonSession $localAws.Endpoint $dana $instance)
$erinStill = $null -ne (Start-PersonSession $localAws.Endpoint $erin $instance)
Write-Host "demo-dana's earlier credentials still start sessions: $danaStill"
Write-Host "demo-erin's credentials still start sessions: $erinStill"
if ($danaStill -or -not $erinStill) { throw 'Revoke-OSAccess -EndSessions did not end exactly demo-dana''s access' }
