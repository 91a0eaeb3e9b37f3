# Step ③ of the design across the organization: the OSAccess role in each member account, published by OsAccess,
# published again (nothing to write), then changed by hand in the console's place and repaired.

# What an administrator of a member account would do in the console, as the IAM Query API call the console makes:
# signed with SigV4 as the management account's admin, through OrganizationAccountAccessRole in that account.
function Invoke-ByHand([string] $Service, [string] $Version, [hashtable] $Parameters, [hashtable] $Credentials) {
    $form = (@{ Version = $Version } + $Parameters).GetEnumerator() | Sort-Object Key |
        ForEach-Object { [uri]::EscapeDataString($_.Key) + '=' + [uri]::EscapeDataString([string]$_.Value) }
    $body = $form -join '&'
    $endpoint = [uri]$localAws.Endpoint
    $now = [DateTime]::UtcNow
    $date, $stamp = $now.ToString('yyyyMMdd'), $now.ToString("yyyyMMdd'T'HHmmss'Z'")
    $sha = { param($text) -join ([Security.Cryptography.SHA256]::HashData([Text.Encoding]::UTF8.GetBytes($text)) | ForEach-Object { $_.ToString('x2') }) }
    $hmac = { param([byte[]] $key, $text) [Security.Cryptography.HMACSHA256]::HashData($key, [Text.Encoding]::UTF8.GetBytes($text)) }
    $headers = [ordered]@{ 'content-type' = 'application/x-www-form-urlencoded; charset=utf-8'; host = $endpoint.Authority; 'x-amz-date' = $stamp }
    if ($Credentials.SessionToken) { $headers['x-amz-security-token'] = $Credentials.SessionToken }
    $signed = $headers.Keys -join ';'
    $canonical = "POST`n/`n`n" + (($headers.Keys | ForEach-Object { "${_}:$($headers[$_])`n" }) -join '') + "`n$signed`n" + (& $sha $body)
    $scope = "$date/us-east-1/$Service/aws4_request"
    $key = [Text.Encoding]::UTF8.GetBytes('AWS4' + $Credentials.SecretKey)
    foreach ($part in $date, 'us-east-1', $Service, 'aws4_request') { $key = & $hmac $key $part }
    $signature = -join ((& $hmac $key "AWS4-HMAC-SHA256`n$stamp`n$scope`n$(& $sha $canonical)") | ForEach-Object { $_.ToString('x2') })
    $headers['Authorization'] = "AWS4-HMAC-SHA256 Credential=$($Credentials.AccessKey)/$scope, SignedHeaders=$signed, Signature=$signature"
    $headers.Remove('host')
    $contentType = $headers['content-type']; $headers.Remove('content-type')
    [xml](Invoke-WebRequest -Uri $endpoint -Method Post -Body $body -ContentType $contentType -Headers $headers -SkipHeaderValidation).Content
}

$members = '222222222222', '333333333333'
$hub = '111111111111'

Write-Step 'Role 1. Publish the OSAccess role to the member accounts (the hub is the management account, where the users live)'
$published = @(Publish-OSAccessRole @aws -AccountId $members -HubAccountId $hub)
$published | Sort-Object AccountId | Format-Table | Out-String -Width 80 | Write-Host
if (@($published | Where-Object Status -NE 'Created').Count -gt 0) { throw "Publishing did not create the role everywhere: $($published | Out-String)" }

Write-Step 'Role 2. Publish again: everything is as OsAccess writes it, so nothing is written'
$again = @(Publish-OSAccessRole @aws -AccountId $members -HubAccountId $hub)
$again | Sort-Object AccountId | Format-Table | Out-String -Width 80 | Write-Host
if (@($again | Where-Object Status -NE 'Unchanged').Count -gt 0) { throw "The second run changed something: $($again | Out-String)" }

Write-Step 'Role 3. An administrator of 222222222222 widens the role by hand; Test-OSAccessRole finds it, Publish-OSAccessRole repairs it'
$admin = @{ AccessKey = $localAws.AccessKeyId; SecretKey = $localAws.SecretAccessKey }
$assumed = (Invoke-ByHand sts 2011-06-15 @{ Action = 'AssumeRole'; RoleArn = 'arn:aws:iam::222222222222:role/OrganizationAccountAccessRole'; RoleSessionName = 'console' } $admin).AssumeRoleResponse.AssumeRoleResult.Credentials
$inProd = @{ AccessKey = $assumed.AccessKeyId; SecretKey = $assumed.SecretAccessKey; SessionToken = $assumed.SessionToken }
$null = Invoke-ByHand iam 2010-05-08 @{ Action = 'AttachRolePolicy'; RoleName = 'OSAccess'; PolicyArn = 'arn:aws:iam::aws:policy/AdministratorAccess' } $inProd
$null = Invoke-ByHand iam 2010-05-08 @{ Action = 'UpdateRole'; RoleName = 'OSAccess'; MaxSessionDuration = '43200' } $inProd
Write-Host 'By hand: AdministratorAccess attached to OSAccess, and its sessions allowed to last 12 hours.'
$findings = @((Test-OSAccessRole @aws -AccountId 222222222222 -HubAccountId $hub).Findings)
$findings | Out-String -Width 80 | Write-Host
$repaired = @(Publish-OSAccessRole @aws -AccountId 222222222222 -HubAccountId $hub)
$repaired | Format-Table | Out-String -Width 80 | Write-Host
$compliant = Test-OSAccessRole @aws -AccountId $members -HubAccountId $hub -Quiet
Write-Host "Every member account's role as published again: $compliant"
if (-not $compliant -or $findings.Count -ne 2 -or $repaired[0].Status -ne 'Updated') { throw 'The drift was not found and repaired.' }
