# Headless Chromium for tests that check what a reader of a page sees. Install-Chromium installs Debian's chromium once
# when it is missing (as root, quietly); Start-HeadlessChromium starts it on a page with a DevTools port and a profile of
# its own; Invoke-ChromiumEvaluate evaluates a JavaScript expression in the page over the DevTools protocol (a WebSocket)
# and returns its value. Nothing here runs inside the page under test: the expressions come from the test.

function Get-ChromiumPath {
    foreach ($name in 'chromium', 'chromium-browser', 'google-chrome') {
        $command = Get-Command $name -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if ($command) { return $command.Source }
    }
}

# Returns the browser's path, installing Debian's package first when there is none (once per machine: the next call
# finds it). Throws with what to do when it cannot.
function Install-Chromium {
    $path = Get-ChromiumPath
    if ($path) { return $path }
    if (-not (Get-Command apt-get -ErrorAction SilentlyContinue) -or (id -u) -ne '0') {
        throw 'Chromium is missing and cannot be installed here: install Debian''s chromium package (apt-get install chromium).'
    }
    $started = [Diagnostics.Stopwatch]::StartNew()
    $env:DEBIAN_FRONTEND = 'noninteractive'
    $log = & apt-get install -y -qq --no-install-recommends chromium 2>&1
    if ($LASTEXITCODE -ne 0) {
        # The package lists may be stale or absent on a fresh machine.
        $null = & apt-get update -qq 2>&1
        $log = & apt-get install -y -qq --no-install-recommends chromium 2>&1
    }
    if ($LASTEXITCODE -ne 0) { throw "apt-get install chromium failed: $($log | Out-String)" }
    Write-Host ("Installed Debian's chromium in {0:N0} s" -f $started.Elapsed.TotalSeconds)
    Get-ChromiumPath
}

# Starts headless Chromium on $Url with a DevTools port of its own choosing and a new, empty profile, and connects to
# the page over the DevTools protocol. The flags keep it from reaching any network of its own accord (this machine's
# closed network makes it fail otherwise). Returns an object with Send(method, params) and Stop().
function Start-HeadlessChromium {
    param([Parameter(Mandatory)] [string] $Url, [int] $Width = 1280, [int] $Height = 900)
    $browser = Install-Chromium
    $profile = Join-Path ([IO.Path]::GetTempPath()) ("chromium-" + [guid]::NewGuid().ToString('N'))
    $null = New-Item -ItemType Directory -Path $profile
    $arguments = @(
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', "--user-data-dir=$profile",
        '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0', "--window-size=$Width,$Height", $Url
    )
    $log = Join-Path $profile 'chromium.log'
    $process = Start-Process -FilePath $browser -ArgumentList $arguments -PassThru -RedirectStandardError $log -RedirectStandardOutput (Join-Path $profile 'out.log')
    $portFile = Join-Path $profile 'DevToolsActivePort'
    $deadline = [DateTime]::UtcNow.AddSeconds(60)
    while (-not (Test-Path $portFile) -and -not $process.HasExited -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
    $port = if (Test-Path $portFile) { (Get-Content $portFile -TotalCount 1) }
    if (-not $port) {
        if (-not $process.HasExited) { Stop-Process -Id $process.Id }
        throw "Chromium did not open its DevTools port: $(Get-Content $log -Raw -ErrorAction SilentlyContinue)"
    }
    $page = $null
    while (-not $page -and [DateTime]::UtcNow -lt $deadline) {
        # Invoke-RestMethod writes a JSON array as one object: enumerate it.
        $page = @((Invoke-RestMethod "http://127.0.0.1:$port/json/list") | ForEach-Object { $_ } | Where-Object type -EQ 'page')[0]
        if (-not $page) { Start-Sleep -Milliseconds 100 }
    }
    $socket = [System.Net.WebSockets.ClientWebSocket]::new()
    $null = $socket.ConnectAsync([uri]$page.webSocketDebuggerUrl, [Threading.CancellationToken]::None).GetAwaiter().GetResult()
    $chromium = [pscustomobject]@{ Process = $process; Profile = $profile; Socket = $socket; NextId = 0 }
    $chromium | Add-Member -MemberType ScriptMethod -Name Send -Value {
        param([string] $Method, [hashtable] $Params = @{})
        $this.NextId++
        $id = $this.NextId
        $bytes = [Text.Encoding]::UTF8.GetBytes((@{ id = $id; method = $Method; params = $Params } | ConvertTo-Json -Depth 10 -Compress))
        $none = [Threading.CancellationToken]::None
        $null = $this.Socket.SendAsync([ArraySegment[byte]]::new($bytes), 'Text', $true, $none).GetAwaiter().GetResult()
        $buffer = [byte[]]::new(1MB)
        while ($true) {
            $message = [IO.MemoryStream]::new()
            do {
                $received = $this.Socket.ReceiveAsync([ArraySegment[byte]]::new($buffer), $none).GetAwaiter().GetResult()
                $message.Write($buffer, 0, $received.Count)
            } until ($received.EndOfMessage)
            $answer = [Text.Encoding]::UTF8.GetString($message.ToArray()) | ConvertFrom-Json -Depth 50
            # Events come on the same socket; the answer is the message with our id.
            if ($answer.PSObject.Properties['id'] -and $answer.id -eq $id) {
                if ($answer.PSObject.Properties['error']) { throw "$Method failed: $($answer.error.message)" }
                return $answer.result
            }
        }
    }
    $chromium | Add-Member -MemberType ScriptMethod -Name Stop -Value {
        try { $this.Socket.Dispose() } catch { }
        if (-not $this.Process.HasExited) { Stop-Process -Id $this.Process.Id; $this.Process.WaitForExit(10000) | Out-Null }
        Remove-Item $this.Profile -Recurse -Force -ErrorAction SilentlyContinue
    }
    $null = $chromium.Send('Emulation.setDeviceMetricsOverride', @{ width = $Width; height = $Height; deviceScaleFactor = 1; mobile = $false })
    $chromium
}

# Evaluates a JavaScript expression in the page (DevTools Runtime.evaluate) and returns its value, JSON-shaped.
function Invoke-ChromiumEvaluate {
    param([Parameter(Mandatory)] $Chromium, [Parameter(Mandatory)] [string] $Expression)
    $result = $Chromium.Send('Runtime.evaluate', @{ expression = $Expression; returnByValue = $true })
    if ($result.PSObject.Properties['exceptionDetails']) { throw "The expression failed in the page: $($result.exceptionDetails.exception.description)" }
    $result.result.value
}

# Waits until the page has loaded.
function Wait-ChromiumPage {
    param([Parameter(Mandatory)] $Chromium)
    $deadline = [DateTime]::UtcNow.AddSeconds(30)
    while ((Invoke-ChromiumEvaluate $Chromium 'document.readyState') -ne 'complete') {
        if ([DateTime]::UtcNow -gt $deadline) { throw 'The page did not finish loading in 30 s.' }
        Start-Sleep -Milliseconds 100
    }
}
