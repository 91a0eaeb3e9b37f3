# The organization LocalAws seeds, as OsAccess reads it in one walk of the tree (the walk Test-OSAccessScp makes): the
# root, its OUs and every account under them. Nothing is written.
Write-Step '9a. The organization: its root, OUs and accounts'
$organization = @(Test-OSAccessScp @aws | Sort-Object Path, AccountId)
$organization | Format-Table Path, AccountId, AccountName -AutoSize | Out-String -Width 120 | Write-Host
$missing = @('111111111111', '222222222222', '333333333333' | Where-Object { $_ -notin $organization.AccountId })
if ($missing.Count -gt 0) { throw "The organization walk did not find the accounts $($missing -join ', ')" }
Write-Host ("{0} accounts under {1} OUs and the root; 111111111111 is the management account, where the people (the hub) live too." -f
    $organization.Count, @($organization.Path | Sort-Object -Unique | Where-Object { $_ -ne 'Root' }).Count)
