# The quarterly access review: Export-OSAccessReport collects the organization's guardrail and role compliance, the
# grants, standing access, live sessions and requests for access, and writes them on one self-contained HTML page. Before it runs, someone
# widens the OSAccess role in 333333333333 by hand, so the page has an account to single out.
. (Join-Path $PSScriptRoot '../../tests/Pester/SignedAwsCall.ps1')

Write-Step '50. The access review: Export-OSAccessReport writes one page, where every account that fails a check stands out'
$inDev = Get-AssumedRoleKeys -Endpoint $localAws.Endpoint -AccessKey $localAws.AccessKeyId -SecretKey $localAws.SecretAccessKey `
    -AccountId 333333333333 -RoleName OrganizationAccountAccessRole -SessionName console
$call = Invoke-SignedAwsCall -Endpoint $localAws.Endpoint -Service iam @inDev -Body @{
    Action = 'AttachRolePolicy'; Version = '2010-05-08'; RoleName = 'OSAccess'; PolicyArn = 'arn:aws:iam::aws:policy/AdministratorAccess' }
if ($call.StatusCode -ne 200) { throw "AttachRolePolicy by hand failed: $($call.Text)" }
Write-Host 'By hand, before the review: AdministratorAccess attached to OSAccess in 333333333333.'

$reportFolder = New-Item -ItemType Directory -Force -Path (Join-Path $PSScriptRoot '../../out/demo')
$report = Export-OSAccessReport @aws -Path (Join-Path $reportFolder.FullName 'access-review.html')
Write-Host "Export-OSAccessReport wrote $($report.FullName) ($($report.Length) bytes): open it in a browser, or print it."

# What the page shows, read back from it, against what the reading cmdlets say now.
$html = Get-Content -Raw $report.FullName
$onPage = [regex]::Matches($html, '<tr class="account( failing)?" data-account="(\d+)">') |
    ForEach-Object { [pscustomobject]@{ Account = $_.Groups[2].Value; Marked = if ($_.Groups[1].Success) { 'NOT COMPLIANT' } else { '' } } }
$onPage | Format-Table -AutoSize | Out-String -Width 80 | Write-Host
$notCompliant = @(@(Test-OSAccessScp @aws) + @(Test-OSAccessRole @aws -All -HubAccountId 111111111111 -WarningAction SilentlyContinue) |
    Where-Object { -not $_.Compliant })
$failing = @($notCompliant.AccountId | Sort-Object -Unique)
$marked = @($onPage | Where-Object Marked | ForEach-Object Account | Sort-Object)
Write-Host "Marked NOT COMPLIANT on the page: $($marked -join ', '); why, as Test-OSAccessScp and Test-OSAccessRole say:"
$notCompliant | ForEach-Object { foreach ($finding in $_.Findings | Where-Object Severity -NE 'Information') { [pscustomobject]@{ Account = $_.AccountId; Finding = $finding.Id } } } |
    Sort-Object Account, Finding | Format-Table -AutoSize | Out-String -Width 80 | Write-Host
if (($marked -join ',') -ne ($failing -join ',') -or $marked -notcontains '333333333333') {
    throw "The page marks $($marked -join ', ') but Test-OSAccessScp and Test-OSAccessRole find $($failing -join ', ') not compliant"
}

$grants = @(Get-OSAccessGrant @aws -IncludeUnmanaged)
$sessions = @(Get-OSAccessSession @aws -All)
$managed = @($grants | Where-Object Managed)
$unlisted = @(@($managed.GrantId) + @($sessions.SessionId) | Where-Object { $html -notmatch [regex]::Escape("<code>$_</code>") })
Write-Host ("On the page: {0} grants ({1}), {2} live sessions ({3}), standing access of {4}." -f $managed.Count, ($managed.UserName -join ', '),
    $sessions.Count, ((@($sessions.UserName) | Sort-Object -Unique) -join ', '), ((@($grants | Where-Object Managed -EQ $false).UserName | Sort-Object -Unique) -join ', '))
if ($unlisted.Count -gt 0) { throw "The page does not list $($unlisted -join ', ')" }
if ($html -notmatch '<tr class="standing"><td>admin</td>') { throw 'The page does not show the hub admin''s standing access' }

$requests = @(Get-OSAccessRequest @aws -Since (Get-Date).AddDays(-90))
$rows = @($requests | Where-Object { $html -match [regex]::Escape("<tr class=""request"" id=""request-$($_.RequestId)"">") })
Write-Host ("On the page: {0} requests for access, with who asked, why and who decided ({1})." -f $rows.Count,
    (($requests | ForEach-Object { "$($_.UserName) $($_.Status)" }) -join ', '))
if ($requests.Count -eq 0 -or $rows.Count -ne $requests.Count) { throw "The page lists $($rows.Count) of the $($requests.Count) requests Get-OSAccessRequest finds" }
