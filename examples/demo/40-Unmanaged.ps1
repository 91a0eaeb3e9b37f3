# Access to OSAccess outside OsAccess's grants: the role trusts the hub, so the hub's admin (AdministratorAccess) holds
# standing access to every member account. Get-OSAccessGrant -IncludeUnmanaged finds it with the policy engine.

Write-Step '40. Get-OSAccessGrant -IncludeUnmanaged: who else can assume OSAccess'
$unmanaged = @(Get-OSAccessGrant @aws -IncludeUnmanaged | Where-Object Managed -EQ $false)
$unmanaged | Format-Table | Out-String -Width 80 | Write-Host
$unmanaged | Format-Table UserName, Status, PolicyName, AttachedTo | Out-String -Width 80 | Write-Host
if (-not ($unmanaged | Where-Object { $_.UserName -eq 'admin' -and $_.Status -eq 'Standing' -and $_.PolicyName -eq 'AdministratorAccess' })) {
    throw 'Get-OSAccessGrant -IncludeUnmanaged did not report the hub admin''s standing access'
}
