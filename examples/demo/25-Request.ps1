# Asking for access against LocalAws: a person asks in their own name, an approver lists and approves, and the grant that
# approval makes lets the person in; a refusal gives nothing, and nobody approves their own request. The two sides hold
# the policies New-OSAccessOperatorPolicyDocument -Task Request and -Task Approve give; the OSAccess role in prod is as
# step 20 published it.

. (Join-Path $PSScriptRoot '../PersonSession.ps1')
Import-PersonSdk (Get-Module OsAccess).Path
$prod = '222222222222'
$none = [Threading.CancellationToken]::None
Write-Step '25. Requests: frank asks, grace approves; each holds the policy New-OSAccessOperatorPolicyDocument gives'
$hubIam = New-LocalIamClient $localAws.Endpoint $localAws.AccessKeyId $localAws.SecretAccessKey
$people = @{}
foreach ($side in @(@{ Person = 'demo-frank'; Policy = 'OSAccessRequester'; Task = 'Request' }, @{ Person = 'demo-grace'; Policy = 'OSAccessApprover'; Task = 'Approve' })) {
    $key = New-HubPerson $hubIam $side.Person
    $document = (New-OSAccessOperatorPolicyDocument -Task $side.Task | Where-Object AccountKind -EQ Hub).MinifiedJson
    $policy = Wait-Task ($hubIam.CreatePolicyAsync($side.Policy, $document, [NullString]::Value, [NullString]::Value, $null, $none))
    $null = Wait-Task ($hubIam.AttachUserPolicyAsync($side.Person, $policy.Arn, $none))
    $people[$side.Person] = @{ EndpointUrl = $aws.EndpointUrl; Region = $aws.Region; AccessKey = $key.AccessKeyId; SecretKey = $key.SecretAccessKey }
    Write-Host "$($side.Person) holds $($side.Policy) (-Task $($side.Task))"
}
$frank = $people['demo-frank']
$grace = $people['demo-grace']
$frankKey = @($frank.AccessKey, $frank.SecretKey)
$roleArn = "arn:aws:iam::${prod}:role/OSAccess"

$asked = Request-OSAccess @frank -AccountId $prod -Duration 2:00 -Reason 'INC-42: disk full on web-3'
$asked | Format-Table | Out-String -Width 80 | Write-Host
Write-Host ("demo-frank may assume OSAccess while his request is pending: {0}" -f ($null -ne (New-PersonRoleSession $localAws.Endpoint @frankKey $roleArn 'demo-frank')))

Write-Step '26. grace lists what is pending, with the reason, and approves; frank cannot approve, and is let in'
Get-OSAccessRequest @grace -Status Pending | Format-List RequestId, UserName, AccountId, Reason | Out-String -Width 80 | Write-Host
$err = $null
$asked | Approve-OSAccessRequest @frank -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
Write-Host "demo-frank approving his own request: $($err[0].FullyQualifiedErrorId -replace ',.*')"
if (-not $err) { throw 'a requester approved a request' }
$approved = Get-OSAccessRequest @grace -Status Pending | Approve-OSAccessRequest @grace -Comment 'ok, INC-42' -Confirm:$false
$approved | Format-List RequestId, Status, DecidedBy, Comment, GrantId | Out-String -Width 80 | Write-Host
# IAM's window opens strictly after its first second: LocalAws's clock moves on.
$null = Invoke-RestMethod -Method Post -Uri "$($localAws.Endpoint)_localaws/clock" -Body '{"advanceSeconds":2}' -ContentType 'application/json'
$inside = $null -ne (New-PersonRoleSession $localAws.Endpoint @frankKey $roleArn 'demo-frank')
Write-Host "demo-frank may assume OSAccess once approved: $inside"
if (-not $inside) { throw 'the approved request gave no access' }
$again = $null
$asked | Approve-OSAccessRequest @grace -Confirm:$false -ErrorVariable again -ErrorAction SilentlyContinue
Write-Host "Approving it again: $($again[0].Exception.Message)"

Write-Step '27. frank asks for dev too; grace denies it with a comment; the history shows both'
$denied = Request-OSAccess @frank -AccountId 333333333333 -Duration 1:00 -Reason 'curious' |
    Deny-OSAccessRequest @grace -Comment 'no ticket: open one first' -Confirm:$false
Write-Host ("demo-frank may assume OSAccess in dev after the denial: {0}" -f ($null -ne (New-PersonRoleSession $localAws.Endpoint @frankKey 'arn:aws:iam::333333333333:role/OSAccess' 'demo-frank')))
Get-OSAccessRequest @frank -Mine | Format-Table | Out-String -Width 80 | Write-Host
if ($denied.Status -ne 'Denied') { throw 'the request was not denied' }
# frank's work is done: his grant goes, as Revoke-OSAccess takes any grant away, so the grant story starts from none.
$null = Get-OSAccessGrant @aws -UserName demo-frank | Revoke-OSAccess @aws -Confirm:$false
Write-Host ("demo-frank's grants once revoked: {0}" -f @(Get-OSAccessGrant @aws -UserName demo-frank).Count)
