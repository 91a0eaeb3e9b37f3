BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    . (Join-Path $PSScriptRoot 'GrantHub.ps1')
    $script:server = Start-LocalAws
    $script:aws = @{ EndpointUrl = $server.Endpoint; AccessKey = $server.AccessKeyId; SecretKey = $server.SecretAccessKey; Region = 'us-east-1' }
    . (Join-Path $PSScriptRoot 'ReportOrg.ps1')
    $script:grants = Reset-ReportOrg $server $aws
    function Get-AccountRows([string] $Html) {
        [regex]::Matches($Html, '<tr class="account( failing)?" data-account="(\d+)">') | ForEach-Object {
            [pscustomobject]@{ AccountId = $_.Groups[2].Value; Failing = $_.Groups[1].Success }
        }
    }
}

AfterAll { $script:server.Stop() }

Describe 'Export-OSAccessReport' {
    It 'collects everything itself when nothing is piped to it, writes nothing to AWS, and returns the file' {
        Clear-LocalAwsRequests $server
        $path = Join-Path $TestDrive 'collected.html'

        $file = Export-OSAccessReport @aws -Path $path

        $file | Should -BeOfType System.IO.FileInfo
        $file.FullName | Should -Be $path
        Get-LocalAwsWrite $server | Should -BeNullOrEmpty
        $html = Get-Content -Raw $path
        $rows = Get-AccountRows $html
        ($rows | Where-Object Failing).AccountId | Sort-Object | Should -Be '333333333333', '444444444444'
        ($rows | Where-Object { -not $_.Failing }).AccountId | Sort-Object | Should -Be '111111111111', '222222222222'
        foreach ($grant in $grants) { $html | Should -Match "<code>$($grant.GrantId)</code>" }
        $html | Should -Match 'CHG-1 &lt;patch&gt;'
        $html | Should -Match '<tr class="standing"><td>admin</td>'
        $html | Should -Match '<dd id="generated-by"><code>arn:aws:iam::111111111111:user/admin</code></dd>'
        $html | Should -Match 'Root / Workloads / Prod'
        $html | Should -Match 'OSAccessRole\.PolicyMissing'
        $html | Should -Not -Match 'Not part of this report'
    }

    It 'shows only the sections of the objects piped to it, in any mix' {
        $path = Join-Path $TestDrive 'piped.html'

        $file = @(Test-OSAccessRole @aws -AccountId 444444444444 -HubAccountId 111111111111) + @(Get-OSAccessGrant @aws -UserName bob) |
            Export-OSAccessReport @aws -Path $path

        $html = Get-Content -Raw $file.FullName
        (Get-AccountRows $html) | Should -HaveCount 1
        (Get-AccountRows $html).Failing | Should -BeTrue
        $html | Should -Match "<code>$($grants[0].GrantId)</code>"
        $html | Should -Not -Match "<code>$($grants[1].GrantId)</code>"
        $html | Should -Match 'Not part of this report: no Get-OSAccessSession results were given'
        $html | Should -Match 'Not part of this report: no Get-OSAccessGrant -IncludeUnmanaged results were given'
    }

    It 'refuses an object the report does not show with an error naming -InputObject, and reports the rest' {
        $path = Join-Path $TestDrive 'mixed.html'

        $file = @('not a result') + @(Get-OSAccessGrant @aws) | Export-OSAccessReport @aws -Path $path -ErrorVariable refused -ErrorAction SilentlyContinue

        $refused | Should -HaveCount 1
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessReportInputInvalid,*'
        "$refused" | Should -Match '^InputObject: a String is not part of an access review'
        Get-Content -Raw $file.FullName | Should -Match "<code>$($grants[1].GrantId)</code>"
    }

    It 'overwrites a file as Export-Csv does: -NoClobber refuses, -Force overwrites a read-only file, -WhatIf writes nothing' {
        $path = Join-Path $TestDrive 'existing.html'
        Set-Content $path 'before'

        { Get-OSAccessGrant @aws | Export-OSAccessReport @aws -Path $path -NoClobber } | Should -Throw "Path: the file '$path' already exists*" -ErrorId 'OSAccessReportFileExists,OsAccess.PowerShell.Report.ExportOSAccessReportCommand'
        Get-Content -Raw $path | Should -Be "before$([Environment]::NewLine)"

        Get-OSAccessGrant @aws | Export-OSAccessReport @aws -Path $path -WhatIf | Should -BeNullOrEmpty
        Get-Content -Raw $path | Should -Be "before$([Environment]::NewLine)"

        (Get-Item $path).IsReadOnly = $true
        { Get-OSAccessGrant @aws | Export-OSAccessReport @aws -Path $path } | Should -Throw "Path: the file '$path' is read-only: add -Force*" -ErrorId 'OSAccessReportFileReadOnly,OsAccess.PowerShell.Report.ExportOSAccessReportCommand'
        $file = Get-OSAccessGrant @aws | Export-OSAccessReport @aws -Path $path -Force
        Get-Content -Raw $file.FullName | Should -Match '<h1>OS access review</h1>'
        (Get-Item $path).IsReadOnly | Should -BeTrue -Because 'Export-Csv -Force leaves a read-only file read-only'
    }

    It 'refuses a folder as -Path before reading anything' {
        Clear-LocalAwsRequests $server

        { Export-OSAccessReport @aws -Path $TestDrive } | Should -Throw "Path: '*' is a folder*"

        @((Invoke-RestMethod "$($server.Endpoint)_localaws/requests").entries) | Should -HaveCount 0
    }
}

Describe 'Export-OSAccessReport and requests' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'SignedAwsCall.ps1')
        . (Join-Path $PSScriptRoot 'RequestHub.ps1')
        $script:reason = 'INC-7 <script>alert("x")</script> & ''quoted'''
        $script:hub = Reset-ReportOrgWithRequests $server $aws $reason
        $script:approved = $hub.Requests | Where-Object Status -EQ Approved
        function Get-RequestRows([string] $Html) {
            $rows = @{}
            foreach ($match in [regex]::Matches($Html, '<tr class="request" id="request-(oi-[0-9a-f]{12})">(.*?)</tr>')) { $rows[$match.Groups[1].Value] = $match.Groups[2].Value }
            $rows
        }
        function Get-GrantCells([string] $Html, [string] $GrantId) {
            if ($Html -notmatch "<tr class=""grant""><td><code>$GrantId</code>(.*?)</tr>") { throw "no grant row $GrantId" }
            $Matches[1]
        }
    }

    It 'collects the hub''s requests, shows who asked, why and who decided, and links each grant to its request' {
        $hub.Requests | Should -HaveCount 3 -Because 'bob''s approved, erin''s denied and her pending request'
        $path = Join-Path $TestDrive 'requests.html'

        $html = Get-Content -Raw (Export-OSAccessReport @aws -Path $path).FullName

        $rows = Get-RequestRows $html
        @($rows.Keys) | Sort-Object | Should -Be (@($hub.Requests.RequestId) | Sort-Object)
        $row = $rows[$approved.RequestId]
        $row | Should -Match '<td>bob<br>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC</td>'
        $row | Should -Match '<td><code>222222222222</code></td>'
        $row | Should -Match ([regex]::Escape('<td>INC-7 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;</td><td>Approved</td>'))
        $row | Should -Match '<td><code>arn:aws:iam::111111111111:user/carol</code><br>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC</td><td>ok &quot;go&quot;</td>'
        $row | Should -Match "<td><code>$($approved.GrantId)</code></td>"
        ($hub.Requests | Where-Object Status -EQ Denied | ForEach-Object { $rows[$_.RequestId] }) | Should -Match '<td>CHG-9</td><td>Denied</td>.*<td>not now</td>'
        ($hub.Requests | Where-Object Status -EQ Pending | ForEach-Object { $rows[$_.RequestId] }) | Should -Match '<td>CHG-10</td><td>Pending</td><td></td>'
        $html | Should -Match '<li>3 requests</li>\s*<li>1 pending requests</li>'

        Get-GrantCells $html $approved.GrantId | Should -Match "<code>arn:aws:iam::111111111111:user/carol</code><br>on <a href=""#request-$($approved.RequestId)"">bob's request</a>"
        foreach ($grant in $hub.Grants) { Get-GrantCells $html $grant.GrantId | Should -Match 'granted directly' }
        $html | Should -Not -Match '<script'
    }

    It 'shows the requests piped to it, and marks the grants none of them made' {
        $path = Join-Path $TestDrive 'piped-requests.html'

        $file = @(Get-OSAccessRequest @aws -Status Approved) + @(Get-OSAccessGrant @aws -UserName bob) | Export-OSAccessReport @aws -Path $path

        $html = Get-Content -Raw $file.FullName
        @((Get-RequestRows $html).Keys) | Should -Be $approved.RequestId
        Get-GrantCells $html $approved.GrantId | Should -Match "href=""#request-$($approved.RequestId)"""
        Get-GrantCells $html $hub.Grants[0].GrantId | Should -Match '<span class="marker direct">granted directly</span>'
        $html | Should -Match 'Not part of this report: no Get-OSAccessSession results were given'
    }

    It 'says which permission is missing when the caller may not read requests, warns, and still writes the rest' {
        $auditor = Get-PersonAws $server auditor
        $path = Join-Path $TestDrive 'denied.html'

        $file = Export-OSAccessReport @auditor -Path $path -WarningVariable warned -WarningAction SilentlyContinue

        "$warned" | Should -Match '^The report has no requests: AWS refused ssm:DescribeOpsItems to arn:aws:iam::111111111111:user/auditor'
        $html = Get-Content -Raw $file.FullName
        $html | Should -Match '<section id="requests">\s*<h2>Requests for access</h2>\s*<p class="not-read"><span class="marker failing">✗ Not read</span>: AWS refused ssm:DescribeOpsItems to arn:aws:iam::111111111111:user/auditor in the hub 111111111111'
        Get-RequestRows $html | Should -BeNullOrEmpty
        Get-GrantCells $html $approved.GrantId | Should -Not -Match 'granted directly|request'
        foreach ($grant in $hub.Grants) { $html | Should -Match "<code>$($grant.GrantId)</code>" }
        (Get-AccountRows $html) | Should -HaveCount 4
    }
}
