#requires -Version 7.4
<#
.SYNOPSIS
    The one entry point for building, testing and demonstrating OsAccess.
.DESCRIPTION
    Run from the repository root through the repo's own pwsh:
        dotnet tool restore && dotnet pwsh ./build.ps1 -Task Test
    Tasks:
        Build     publish the module into out/OsAccess (manifest, assemblies, format file, help)
        Test      Build, then xunit, then Pester in a fresh pwsh against the built module;
                  prints 'N passed, N failed' and exits non-zero on any failure
        Demo      Build, then walk the seed's story (examples/Demo.ps1)
        Bench     run the benchmarks under bench/
        LocalAws  run the LocalAws emulator in the foreground
        Package   Build, then pack out/OsAccess into out/OsAccess.<version>.nupkg for Install-PSResource
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Demo
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Bench', 'LocalAws', 'Package')]
    [string] $Task = 'Build',
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',
    # Pester only: run these test files (default: all of tests/Pester).
    [string[]] $PesterPath,
    # Bench only: the benchmarks whose folder under bench/ matches.
    [string] $BenchName,
    # LocalAws only.
    [int] $Port = 0,
    [string] $SeedFile
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot
$out = Join-Path $root 'out'
$moduleDir = Join-Path $out 'OsAccess'

function Invoke-Native {
    param([string] $What, [scriptblock] $Command)
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)." }
}

. (Join-Path $root 'tests/Pester/FreshPwsh.ps1')

function Get-NuGetPackageRoot {
    if ($env:NUGET_PACKAGES) { return $env:NUGET_PACKAGES }
    $line = dotnet nuget locals global-packages --list
    return ($line -replace '^global-packages:\s*', '').Trim()
}

function Invoke-Build {
    Write-Host "== Build ($Configuration)"
    if (Test-Path $moduleDir) { Remove-Item $moduleDir -Recurse -Force }
    Invoke-Native 'dotnet publish' {
        dotnet publish (Join-Path $root 'src/OsAccess.PowerShell/OsAccess.PowerShell.csproj') `
            -c $Configuration -o $moduleDir --nologo -v quiet
    }
    Get-ChildItem $moduleDir -Filter '*.pdb' | Remove-Item
    Get-ChildItem $moduleDir -Filter '*.deps.json' | Remove-Item
    # OsAccess.Aws and the AWS SDK load into a context of their own (src/OsAccess.PowerShell/Loading).
    $dependencies = New-Item -ItemType Directory -Path (Join-Path $moduleDir 'dependencies')
    Get-ChildItem $moduleDir -Filter '*.dll' | Where-Object { $_.Name -eq 'OsAccess.Aws.dll' -or $_.Name -like 'AWSSDK.*.dll' } |
        Move-Item -Destination $dependencies
    Copy-Item (Join-Path $root 'OsAccess.psd1') $moduleDir
    $help = Join-Path $root 'docs/help'
    if (Test-Path $help) { Copy-Item (Join-Path $help '*') $moduleDir -Recurse -Force }
    Write-Host "Module ready: $moduleDir"
}

# Test-time tools that the .NET SDK does not bring: boto3 (an official AWS SDK) drives LocalAws's conformance suite.
function Install-TestPrerequisites {
    # The suite runs Debian's python3 where there is one, as tests/LocalAws.Tests does.
    $python = if (Test-Path /usr/bin/python3) { '/usr/bin/python3' } else { (Get-Command python3 -ErrorAction SilentlyContinue).Source }
    if ($python) {
        & $python -c 'import boto3' 2>$null
        if ($LASTEXITCODE -eq 0) { return }
    }
    $apt = Get-Command apt-get -ErrorAction SilentlyContinue
    if ($apt -and (id -u) -eq '0') {
        Write-Host '== Installing python3-boto3 for the LocalAws conformance suite'
        apt-get update -qq | Out-Null
        Invoke-Native 'apt-get install python3-boto3' { apt-get install -y -qq python3-boto3 | Out-Null }
    } else {
        Write-Warning 'python3 with boto3 is missing (Debian: apt-get install python3-boto3); the LocalAws conformance test will fail.'
    }
}

function Invoke-XunitTests {
    Write-Host '== xunit'
    $results = Join-Path $out 'test-results'
    if (Test-Path $results) { Remove-Item $results -Recurse -Force }
    dotnet test (Join-Path $root 'OsAccess.sln') -c $Configuration --nologo `
        --logger 'trx' --logger 'console;verbosity=minimal' --results-directory $results | Out-Host
    $passed = 0; $failed = 0
    foreach ($trx in Get-ChildItem $results -Filter '*.trx' -ErrorAction SilentlyContinue) {
        $counters = ([xml](Get-Content $trx.FullName -Raw)).TestRun.ResultSummary.Counters
        $passed += [int]$counters.passed
        $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout
    }
    if ($LASTEXITCODE -ne 0 -and $failed -eq 0) { $failed = 1; Write-Host 'dotnet test failed before reporting results.' }
    [pscustomobject]@{ Passed = $passed; Failed = $failed }
}

function Invoke-PesterTests {
    Write-Host '== Pester'
    Invoke-Native 'Pester download' {
        dotnet restore (Join-Path $root 'tests/Tools/Tools.csproj') --nologo -v quiet
    }
    $pester = Join-Path (Get-NuGetPackageRoot) 'pester/5.7.1/tools/Pester.psd1'
    $paths = if ($PesterPath) { $PesterPath } else { Join-Path $root 'tests/Pester' }
    $summary = Join-Path $out 'pester-summary.json'
    if (Test-Path $summary) { Remove-Item $summary }
    Invoke-FreshPwsh -File (Join-Path $root 'tests/Invoke-PesterRun.ps1') -Pester $pester `
        -Module (Join-Path $moduleDir 'OsAccess.psd1') -Paths ($paths -join ';') -Summary $summary | Out-Host
    if (-not (Test-Path $summary)) { return [pscustomobject]@{ Passed = 0; Failed = 1 } }
    $s = Get-Content $summary -Raw | ConvertFrom-Json
    [pscustomobject]@{ Passed = [int]$s.Passed; Failed = [int]$s.Failed }
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Test' {
        Install-TestPrerequisites
        Invoke-Build
        $x = Invoke-XunitTests
        $p = Invoke-PesterTests
        Write-Host ("xunit: {0} passed, {1} failed; Pester: {2} passed, {3} failed" -f $x.Passed, $x.Failed, $p.Passed, $p.Failed)
        $passed = $x.Passed + $p.Passed
        $failed = $x.Failed + $p.Failed
        Write-Host "$passed passed, $failed failed"
        if ($failed -gt 0 -or $passed -eq 0) { exit 1 }
    }
    'Demo' {
        Invoke-Build
        Invoke-FreshPwsh -File (Join-Path $root 'examples/Demo.ps1') -ModulePath (Join-Path $moduleDir 'OsAccess.psd1')
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    }
    'Bench' {
        Invoke-Build  # bench/Import imports the built module
        $benchArgs = @('-Configuration', $Configuration)
        # Passed only when given: a bare '*' would be expanded by the shell as a file name pattern.
        if ($BenchName) { $benchArgs += @('-Name', $BenchName) }
        Invoke-FreshPwsh -File (Join-Path $root 'bench/run.ps1') @benchArgs
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    }
    'LocalAws' {
        $project = Join-Path $root 'tests/LocalAws/LocalAws.csproj'
        $localArgs = @('--port', $Port)
        if ($SeedFile) { $localArgs += @('--seed', (Resolve-Path $SeedFile).Path) }
        dotnet run --project $project -c $Configuration -- @localArgs
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    }
    'Package' {
        Invoke-Build
        . (Join-Path $root 'tools/package/New-OsAccessPackage.ps1')
        $package = New-OsAccessPackage -ModuleDir $moduleDir -DestinationPath $out
        Write-Host "Package: $($package.FullName)"
    }
}
