# A tiny STS on 127.0.0.1 for Get-OSAccessContext tests. It answers GetCallerIdentity with an ARN that
# names the access key that signed the call, and AssumeRole with keys that name the member account.
# Calls signed with AKIADENIED, and AssumeRole into 999999999999, are answered AccessDenied.
# Start-FakeSts returns an object with Url, Requests (what it received) and Stop(). With -Hang it holds every
# answer back until Release() is called, like a service that never answers.

function Start-FakeSts {
    param([switch] $Hang)
    $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $probe.Start(); $port = $probe.LocalEndpoint.Port; $probe.Stop()
    $url = "http://127.0.0.1:$port/"
    $listener = [System.Net.HttpListener]::new()
    $listener.Prefixes.Add($url)
    $listener.Start()
    $requests = [System.Collections.Concurrent.ConcurrentQueue[object]]::new()
    $gate = [System.Threading.ManualResetEventSlim]::new(-not $Hang)

    $serve = {
        param($listener, $requests, $gate)
        $ns = 'https://sts.amazonaws.com/doc/2011-06-15/'
        while ($listener.IsListening) {
            try { $context = $listener.GetContext() } catch { return }
            $reader = [System.IO.StreamReader]::new($context.Request.InputStream)
            $body = [System.Uri]::UnescapeDataString($reader.ReadToEnd().Replace('+', ' '))
            $auth = $context.Request.Headers['Authorization']
            $key = if ($auth -match 'Credential=([^/]+)/') { $Matches[1] } else { '' }
            $requests.Enqueue([pscustomobject]@{ Body = $body; Authorization = $auth; AccessKey = $key; Token = $context.Request.Headers['X-Amz-Security-Token'] })
            $gate.Wait()
            $status = 200
            if ($key -eq 'AKIADENIED' -or $body -match 'RoleArn=arn:aws:iam::999999999999:') {
                $status = 403
                $xml = "<ErrorResponse xmlns='$ns'><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform this action</Message></Error><RequestId>denied-1</RequestId></ErrorResponse>"
            } elseif ($body -match 'Action=AssumeRole') {
                $null = $body -match 'RoleArn=arn:aws:iam::(\d{12}):role/([^&]+)'
                $account = $Matches[1]; $role = $Matches[2]
                $expires = [DateTime]::UtcNow.AddHours(1).ToString('yyyy-MM-ddTHH:mm:ssZ')
                $xml = "<AssumeRoleResponse xmlns='$ns'><AssumeRoleResult><AssumedRoleUser><Arn>arn:aws:sts::${account}:assumed-role/$role/OsAccess</Arn><AssumedRoleId>AROAMEMBER:OsAccess</AssumedRoleId></AssumedRoleUser>" +
                    "<Credentials><AccessKeyId>ASIAMEMBER$account</AccessKeyId><SecretAccessKey>member-secret</SecretAccessKey><SessionToken>member-token-$account</SessionToken><Expiration>$expires</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>"
            } else {
                if ($key -match '^ASIAMEMBER(\d{12})$') {
                    $account = $Matches[1]; $arn = "arn:aws:sts::${account}:assumed-role/OrganizationAccountAccessRole/OsAccess"
                } else {
                    $account = '111111111111'; $arn = "arn:aws:iam::111111111111:user/$key"
                }
                $xml = "<GetCallerIdentityResponse xmlns='$ns'><GetCallerIdentityResult><Arn>$arn</Arn><UserId>AIDA$key</UserId><Account>$account</Account></GetCallerIdentityResult></GetCallerIdentityResponse>"
            }
            $bytes = [System.Text.Encoding]::UTF8.GetBytes($xml)
            $context.Response.StatusCode = $status
            $context.Response.ContentType = 'text/xml'
            $context.Response.OutputStream.Write($bytes, 0, $bytes.Length)
            $context.Response.Close()
        }
    }

    $ps = [powershell]::Create()
    $null = $ps.AddScript($serve).AddArgument($listener).AddArgument($requests).AddArgument($gate)
    $null = $ps.BeginInvoke()
    $server = [pscustomobject]@{ Url = $url; Requests = $requests; Listener = $listener; PowerShell = $ps; Gate = $gate }
    $server | Add-Member -MemberType ScriptMethod -Name Release -Value { $this.Gate.Set() }
    $server | Add-Member -MemberType ScriptMethod -Name Stop -Value { $this.Gate.Set(); $this.Listener.Stop(); $this.Listener.Close(); $this.PowerShell.Dispose() }
    $server
}
