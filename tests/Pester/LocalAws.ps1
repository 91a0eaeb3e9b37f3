# Starts the LocalAws emulator (tests/LocalAws) on a free loopback port for a Pester file.
# Start-LocalAws returns Endpoint, AccessKeyId/SecretAccessKey (the seeded admin), Process and Stop().

function Start-LocalAws {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $dll = Get-ChildItem (Join-Path $root 'tests/LocalAws/bin') -Recurse -Filter 'LocalAws.dll' -ErrorAction SilentlyContinue |
        Where-Object { $_.Directory.Name -eq 'net10.0' } | Sort-Object LastWriteTime -Descending | Select-Object -First 1
    if (-not $dll) {
        dotnet build (Join-Path $root 'tests/LocalAws/LocalAws.csproj') -c Release --nologo -v quiet | Out-Host
        $dll = Get-Item (Join-Path $root 'tests/LocalAws/bin/Release/net10.0/LocalAws.dll')
    }

    $banner = Join-Path ([IO.Path]::GetTempPath()) ("localaws-" + [guid]::NewGuid().ToString('N') + '.out')
    $process = Start-Process -FilePath 'dotnet' -ArgumentList @($dll.FullName, '--port', '0') -RedirectStandardOutput $banner -PassThru -NoNewWindow
    $deadline = [DateTime]::UtcNow.AddSeconds(60)
    $first = $null
    while (-not $first -and -not $process.HasExited -and [DateTime]::UtcNow -lt $deadline) {
        Start-Sleep -Milliseconds 100
        $first = Get-Content $banner -TotalCount 1 -ErrorAction SilentlyContinue
    }
    if (-not $first) {
        if (-not $process.HasExited) { Stop-Process -Id $process.Id }
        throw "LocalAws did not start: $(Get-Content $banner -Raw -ErrorAction SilentlyContinue)"
    }

    $info = $first | ConvertFrom-Json
    $server = [pscustomobject]@{
        Endpoint = $info.endpoint + '/'
        AccessKeyId = $info.accessKeyId
        SecretAccessKey = $info.secretAccessKey
        Process = $process
        Banner = $banner
    }
    $server | Add-Member -MemberType ScriptMethod -Name Stop -Value {
        if (-not $this.Process.HasExited) { Stop-Process -Id $this.Process.Id; $this.Process.WaitForExit(10000) | Out-Null }
        Remove-Item $this.Banner -ErrorAction SilentlyContinue
    }
    $server
}

# Back to the seed: state, clock, faults and request log.
function Reset-LocalAws($LocalAws) {
    Invoke-RestMethod -Method Post -Uri "$($LocalAws.Endpoint)_localaws/reset" | Out-Null
}

# The calls LocalAws received that change something (neither Get, List, Describe nor AssumeRole) since its log was cleared.
function Get-LocalAwsWrite($LocalAws) {
    $log = Invoke-RestMethod -Uri "$($LocalAws.Endpoint)_localaws/requests"
    @($log.entries | Where-Object { $_.operation -notmatch '^(Get|List|Describe|AssumeRole$)' })
}
