<#
.SYNOPSIS
    Runs every benchmark under bench/ (each folder holds one console project that prints its figures).
    Run it through build.ps1: dotnet pwsh ./build.ps1 -Task Bench
#>
param(
    [string] $Configuration = 'Release',
    # Only the benchmarks whose folder name matches.
    [string] $Name = '*'
)

$ErrorActionPreference = 'Stop'
$projects = Get-ChildItem $PSScriptRoot -Directory -Filter $Name |
    ForEach-Object { Get-ChildItem $_.FullName -Filter '*.csproj' } |
    Sort-Object FullName
if (-not $projects) { throw "No benchmark project matches '$Name' under $PSScriptRoot." }
$failed = 0
foreach ($project in $projects) {
    Write-Host "== $($project.Directory.Name)" -ForegroundColor Cyan
    dotnet run --project $project.FullName -c $Configuration
    if ($LASTEXITCODE -ne 0) { $failed++; Write-Host "$($project.Directory.Name) failed (exit code $LASTEXITCODE)." -ForegroundColor Red }
}
if ($failed -gt 0) { exit 1 }
