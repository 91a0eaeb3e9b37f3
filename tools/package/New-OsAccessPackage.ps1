# Packs a built module folder (out/OsAccess) into OsAccess.<version>.nupkg with PSResourceGet's Compress-PSResource, the
# form Install-PSResource installs from a folder repository or a gallery. Dot-sourced by build.ps1 and by the package test.
function New-OsAccessPackage {
    param(
        [Parameter(Mandatory)] [string] $ModuleDir,
        [Parameter(Mandatory)] [string] $DestinationPath
    )
    Import-Module Microsoft.PowerShell.PSResourceGet -ErrorAction Stop
    $manifest = Test-ModuleManifest -Path (Join-Path $ModuleDir 'OsAccess.psd1') -ErrorAction Stop
    $null = New-Item -ItemType Directory -Force -Path $DestinationPath
    $package = Join-Path $DestinationPath "OsAccess.$($manifest.Version).nupkg"
    if (Test-Path $package) { Remove-Item $package }
    Compress-PSResource -Path $ModuleDir -DestinationPath $DestinationPath -ErrorAction Stop
    Get-Item $package
}
