# Runs Pester in its own process against the built module and writes the counts to $Summary.
# build.ps1 -Task Test calls it; several test paths come joined by ';'.
param($Pester, $Module, $Paths, $Summary)
$ErrorActionPreference = 'Stop'
Import-Module $Pester
$env:OSACCESS_MODULE = $Module
$config = New-PesterConfiguration
$config.Run.Path = $Paths -split ';'
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Normal'
$result = Invoke-Pester -Configuration $config
@{ Passed = $result.PassedCount; Failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount } |
    ConvertTo-Json | Set-Content $Summary
