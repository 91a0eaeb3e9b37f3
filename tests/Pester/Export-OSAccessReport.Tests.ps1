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
