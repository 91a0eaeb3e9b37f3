# Runs a fresh pwsh like the one running this script, whether that is pwsh itself or the repo's dotnet tool
# (`dotnet pwsh`, where the process is dotnet and PowerShell is pwsh.dll in $PSHOME), without a profile and
# without prompts; the arguments go to pwsh as given (-File ..., -Command ...). Its exit code is in $LASTEXITCODE.
# Dot-sourced by build.ps1 and by the tests that need a process of their own.
function Invoke-FreshPwsh {
    $self = (Get-Process -Id $PID).Path
    [string[]] $prefix = if ([IO.Path]::GetFileNameWithoutExtension($self) -eq 'pwsh') { @() } else { Join-Path $PSHOME 'pwsh.dll' }
    & $self @prefix -NoProfile -NonInteractive @args
}

# Runs a script (-Command) in a fresh pwsh (AWSSDK.Core fixes the config file's path and home folder at its first use in a
# process), with some environment variables set for it alone. Returns its output and errors as text lines.
function Invoke-FreshPwshScript {
    param([string] $Script, [hashtable] $Environment = @{})
    $saved = @{}
    foreach ($name in $Environment.Keys) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $Environment[$name])
    }
    try { Invoke-FreshPwsh -Command $Script 2>&1 | ForEach-Object { "$_" } }
    finally { foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) } }
}

# A home folder as `aws sso login` leaves it: ~/.aws/config with $Config, and the token cached under the SHA-1 of
# $CacheKey (the sso_session's name, or the legacy form's start URL). Returns the folder.
function New-SsoHome {
    param([string] $Path, [string] $Config, [string] $CacheKey, [string] $StartUrl, [string] $AccessToken, [datetime] $ExpiresAt)
    $cache = New-Item -ItemType Directory -Force -Path (Join-Path $Path '.aws/sso/cache')
    Set-Content -Path (Join-Path $Path '.aws/config') -Value $Config
    $hash = [Convert]::ToHexString([Security.Cryptography.SHA1]::HashData([Text.Encoding]::UTF8.GetBytes($CacheKey))).ToLowerInvariant()
    [ordered]@{ startUrl = $StartUrl; region = 'us-east-1'; accessToken = $AccessToken; expiresAt = $ExpiresAt.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ') } |
        ConvertTo-Json | Set-Content -Path (Join-Path $cache "$hash.json")
    $Path
}
