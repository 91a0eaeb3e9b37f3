# Calls an AWS JSON 1.1 or Query API directly, signed with SigV4 by this script alone (no SDK, no OsAccess), as any other
# tool would: the demo and the tests use it to act as someone else against LocalAws (another admin editing a policy, a
# member account's admin starting a session). Dot-source it; Invoke-SignedAwsCall returns the parsed JSON or the XML.

function Get-Sha256Hex([byte[]] $bytes) { [Convert]::ToHexString([Security.Cryptography.SHA256]::HashData($bytes)).ToLowerInvariant() }
function Get-HmacSha256([byte[]] $key, [string] $text) { [Security.Cryptography.HMACSHA256]::HashData($key, [Text.Encoding]::UTF8.GetBytes($text)) }

function Invoke-SignedAwsCall {
    param(
        [Parameter(Mandatory)] [string] $Endpoint,
        # The signing name: organizations, ssm, sts, iam, ...
        [Parameter(Mandatory)] [string] $Service,
        # JSON 1.1: the X-Amz-Target (AWSOrganizationsV20161128.UpdatePolicy, AmazonSSM.StartSession). Query: leave it out.
        [string] $Target,
        # A hashtable for JSON 1.1 (sent as JSON), or the Query form's fields (Action, Version, ...).
        [Parameter(Mandatory)] [hashtable] $Body,
        [Parameter(Mandatory)] [string] $AccessKey,
        [Parameter(Mandatory)] [string] $SecretKey,
        [string] $SessionToken,
        [string] $Region = 'us-east-1',
        # More headers, signed too (for LocalAws's X-LocalAws-Called-Via).
        [hashtable] $Header = @{}
    )
    $uri = [Uri] $Endpoint
    if ($Target) {
        $contentType = 'application/x-amz-json-1.1'
        $payload = $Body | ConvertTo-Json -Depth 10 -Compress
    } else {
        $contentType = 'application/x-www-form-urlencoded; charset=utf-8'
        $payload = ($Body.GetEnumerator() | Sort-Object Key | ForEach-Object { [Uri]::EscapeDataString($_.Key) + '=' + [Uri]::EscapeDataString([string] $_.Value) }) -join '&'
    }
    $bytes = [Text.Encoding]::UTF8.GetBytes($payload)
    $now = [DateTime]::UtcNow
    $amzDate = $now.ToString('yyyyMMddTHHmmssZ', [cultureinfo]::InvariantCulture)
    $day = $now.ToString('yyyyMMdd', [cultureinfo]::InvariantCulture)

    $headers = [ordered]@{}
    $signed = @{ 'content-type' = $contentType; 'host' = $uri.Authority; 'x-amz-date' = $amzDate }
    if ($Target) { $signed['x-amz-target'] = $Target }
    if ($SessionToken) { $signed['x-amz-security-token'] = $SessionToken }
    foreach ($name in $Header.Keys) { $signed[$name.ToLowerInvariant()] = [string] $Header[$name] }
    $names = $signed.Keys | Sort-Object
    $canonicalHeaders = ($names | ForEach-Object { "${_}:$($signed[$_].Trim())`n" }) -join ''
    $signedHeaders = $names -join ';'
    $canonical = "POST`n$($uri.AbsolutePath)`n`n$canonicalHeaders`n$signedHeaders`n$(Get-Sha256Hex $bytes)"
    $scope = "$day/$Region/$Service/aws4_request"
    $toSign = "AWS4-HMAC-SHA256`n$amzDate`n$scope`n$(Get-Sha256Hex ([Text.Encoding]::UTF8.GetBytes($canonical)))"
    $key = [Text.Encoding]::UTF8.GetBytes("AWS4$SecretKey")
    foreach ($part in $day, $Region, $Service, 'aws4_request') { $key = Get-HmacSha256 $key $part }
    $signature = [Convert]::ToHexString((Get-HmacSha256 $key $toSign)).ToLowerInvariant()

    foreach ($name in $names | Where-Object { $_ -notin 'host', 'content-type' }) { $headers[$name] = $signed[$name] }
    $headers['Authorization'] = "AWS4-HMAC-SHA256 Credential=$AccessKey/$scope, SignedHeaders=$signedHeaders, Signature=$signature"
    $response = Invoke-WebRequest -Method Post -Uri $uri -Body $bytes -ContentType $contentType -Headers $headers -SkipHeaderValidation -SkipHttpErrorCheck
    $text = [Text.Encoding]::UTF8.GetString($response.RawContentStream.ToArray())
    # AWS's JSON errors may carry both message and Message, which only a hashtable can hold.
    $answer = if (-not $text) { $null } elseif (-not $Target) { [xml] $text } elseif ($text -cmatch '"message".*"Message"|"Message".*"message"') { $text | ConvertFrom-Json -AsHashtable } else { $text | ConvertFrom-Json }
    [pscustomobject]@{ StatusCode = [int] $response.StatusCode; Answer = $answer; Text = $text }
}

# The credentials of a session of -RoleName in -AccountId, assumed with the given keys through LocalAws's STS.
function Get-AssumedRoleKeys {
    param([Parameter(Mandatory)] [string] $Endpoint, [Parameter(Mandatory)] [string] $AccessKey, [Parameter(Mandatory)] [string] $SecretKey,
        [Parameter(Mandatory)] [string] $AccountId, [Parameter(Mandatory)] [string] $RoleName, [string] $SessionName = 'demo')
    $call = Invoke-SignedAwsCall -Endpoint $Endpoint -Service sts -AccessKey $AccessKey -SecretKey $SecretKey -Body @{
        Action = 'AssumeRole'; Version = '2011-06-15'; RoleArn = "arn:aws:iam::${AccountId}:role/$RoleName"; RoleSessionName = $SessionName
    }
    if ($call.StatusCode -ne 200) { throw "AssumeRole $RoleName in $AccountId failed: $($call.Text)" }
    $credentials = $call.Answer.AssumeRoleResponse.AssumeRoleResult.Credentials
    @{ AccessKey = $credentials.AccessKeyId; SecretKey = $credentials.SecretAccessKey; SessionToken = $credentials.SessionToken }
}
