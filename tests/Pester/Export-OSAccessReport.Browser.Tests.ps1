# What a reader of the access-review page sees, in headless Chromium at 1280 px (Debian's chromium, installed when
# missing), asked over the DevTools protocol: the page itself runs no script.
BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    . (Join-Path $PSScriptRoot 'GrantHub.ps1')
    . (Join-Path $PSScriptRoot 'SignedAwsCall.ps1')
    . (Join-Path $PSScriptRoot 'RequestHub.ps1')
    . (Join-Path $PSScriptRoot 'ReportOrg.ps1')
    . (Join-Path $PSScriptRoot 'Chromium.ps1')
    $script:server = Start-LocalAws
    $script:aws = @{ EndpointUrl = $server.Endpoint; AccessKey = $server.AccessKeyId; SecretKey = $server.SecretAccessKey; Region = 'us-east-1' }
    $script:reason = 'INC-7 <script>alert("x")</script> "quoted" ' + ('y' * 150)
    $script:requestIds = @((Reset-ReportOrgWithRequests $server $aws $reason).Requests.RequestId)
    $script:grantIds = @(Get-OSAccessGrant @aws).GrantId
    $script:failingIds = @(@(Test-OSAccessScp @aws) + @(Test-OSAccessRole @aws -All -HubAccountId 111111111111) |
        Where-Object { -not $_.Compliant } | ForEach-Object AccountId | Sort-Object -Unique)
    $report = Export-OSAccessReport @aws -Path (Join-Path $TestDrive 'report.html')
    $script:chromium = Start-HeadlessChromium -Url ([Uri]::new($report.FullName).AbsoluteUri) -Width 1280
    Wait-ChromiumPage $chromium
    function Read-Page([string] $Expression) { Invoke-ChromiumEvaluate $chromium "JSON.stringify($Expression)" | ConvertFrom-Json }
    $script:accountRows = 'Array.from(document.querySelectorAll("tr[data-account]"), r => ({ account: r.dataset.account, text: r.innerText,
        background: getComputedStyle(r.cells[0]).backgroundColor, bar: getComputedStyle(r.cells[0]).borderLeftWidth,
        barColor: getComputedStyle(r.cells[0]).borderLeftColor }))'
}

AfterAll {
    if ($script:chromium) { $script:chromium.Stop() }
    $script:server.Stop()
}

Describe 'The access-review page in a browser' {
    It 'makes the failing accounts, and only those, stand out in colour and in text' {
        $failingIds | Should -Be '333333333333', '444444444444' -Because 'the organization is set up so'
        $rows = Read-Page $accountRows
        $passingBackground = @($rows | Where-Object account -NotIn $failingIds).background | Sort-Object -Unique

        foreach ($row in $rows) {
            if ($row.account -in $failingIds) {
                $row.text | Should -Match 'NOT COMPLIANT' -Because "$($row.account) fails"
                $row.background | Should -Not -BeIn $passingBackground -Because "$($row.account)'s row is coloured"
                [double]($row.bar -replace 'px') | Should -BeGreaterOrEqual 4
            } else {
                $row.text | Should -Not -Match 'NOT COMPLIANT' -Because "$($row.account) passes"
            }
        }
        @($rows | Where-Object account -In $failingIds) | Should -HaveCount 2
    }

    It 'still marks them printed in black and white: a black bar and the text marker' {
        $null = $chromium.Send('Emulation.setEmulatedMedia', @{ media = 'print' })
        try {
            $rows = Read-Page $accountRows
        } finally {
            $null = $chromium.Send('Emulation.setEmulatedMedia', @{ media = '' })
        }

        foreach ($row in $rows | Where-Object account -In $failingIds) {
            $row.text | Should -Match 'NOT COMPLIANT'
            $row.barColor | Should -Be 'rgb(0, 0, 0)'
            [double]($row.bar -replace 'px') | Should -BeGreaterOrEqual 4
        }
    }

    It 'lists every grant Get-OSAccessGrant returns' {
        $shown = Read-Page 'Array.from(document.querySelectorAll("tr.grant"), r => r.cells[0].innerText.trim())'

        $grantIds | Should -HaveCount 3 -Because 'two grants were made directly and one by approving a request'
        @($shown) | Sort-Object | Should -Be ($grantIds | Sort-Object)
    }

    It 'shows each request, its reason as text, and links the grant it made to its row' {
        $rows = Read-Page 'Array.from(document.querySelectorAll("tr.request"), r => ({ id: r.id, reason: r.cells[4].innerText }))'
        $links = Read-Page 'Array.from(document.querySelectorAll("tr.grant a"), a => ({ target: document.getElementById(a.hash.slice(1)) ? a.hash : null, text: a.innerText }))'

        @($rows.id) | Sort-Object | Should -Be (@($requestIds | ForEach-Object { "request-$_" }) | Sort-Object)
        @($rows.reason) | Should -Contain $reason
        @($links) | Should -HaveCount 1
        $links[0].target | Should -BeLike '#request-oi-*'
        $links[0].text | Should -Be "bob's request"
        Read-Page 'Array.from(document.querySelectorAll("tr.grant"), r => r.innerText).filter(t => t.includes("granted directly")).length' | Should -Be 2
    }

    It 'lets nothing overflow a 1280 px window, long reasons and ARNs included' {
        Read-Page 'window.innerWidth' | Should -Be 1280
        Read-Page 'document.documentElement.scrollWidth' | Should -BeLessOrEqual 1280
        $wide = Read-Page 'Array.from(document.body.querySelectorAll("*")).filter(e => e.getBoundingClientRect().right > 1280 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "visible").map(e => e.tagName + " " + e.textContent.slice(0, 40))'
        @($wide) | Should -BeNullOrEmpty
    }

    It 'runs no script and fetches nothing' {
        Read-Page 'document.scripts.length' | Should -Be 0
        Read-Page 'performance.getEntriesByType("resource").length' | Should -Be 0
        Read-Page 'document.title' | Should -Match '^OS access review '
    }
}
