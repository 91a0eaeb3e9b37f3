<#
.SYNOPSIS
    Writes docs/cmdlets/<Cmdlet>.md for every cmdlet, from the module's help (docs/help/en-US/OsAccess.PowerShell.dll-Help.xml).
.DESCRIPTION
    The help file is the one source: each cmdlet's first related link points Get-Help -Online at its page under
    docs/cmdlets in the repository (ProjectUri in OsAccess.psd1), and this script writes those pages from it.
    tests/Pester/Module.Tests.ps1 fails when a page differs from what this script writes. After changing the help:
        dotnet pwsh ./build.ps1 -Task Build
        dotnet pwsh ./tools/cmdlet-docs/Update-CmdletDocs.ps1
#>
[CmdletBinding()]
param(
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../out/OsAccess/OsAccess.psd1'),
    [string] $OutputPath = (Join-Path $PSScriptRoot '../../docs/cmdlets')
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Get-Paragraphs($items) {
    @($items | Where-Object { $_ } | ForEach-Object { "$($_.Text)".Trim() } | Where-Object { $_ })
}

# One parameter set as Get-Help shows it: Name [-Parameter] <Type> [-Optional <Type>] [-Switch]
function Format-SyntaxItem($item) {
    $parts = @($item.name) + @($item.parameter | ForEach-Object {
            $value = if ($_.PSObject.Properties['parameterValue'] -and $_.parameterValue) { " <$($_.parameterValue)>" } else { '' }
            $name = if ($_.position -ne 'named') { "[-$($_.name)]" } else { "-$($_.name)" }
            if ($_.required -eq 'true') { "$name$value" } else { "[$name$value]" }
        })
    $parts -join ' '
}

function ConvertTo-CmdletPage([string] $Name) {
    $help = Get-Help $Name -Full
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.Add("# $Name")
    $lines.Add('')
    $lines.Add('<!-- Written by tools/cmdlet-docs/Update-CmdletDocs.ps1 from docs/help/en-US/OsAccess.PowerShell.dll-Help.xml: edit the help file, then run the script. -->')
    $lines.Add('')
    $lines.Add("$($help.Synopsis)".Trim())
    $lines.Add('')
    $lines.Add('## Syntax')
    $lines.Add('')
    $lines.Add('```')
    foreach ($item in @($help.syntax.syntaxItem)) { $lines.Add((Format-SyntaxItem $item)) }
    $lines.Add('```')
    $lines.Add('')
    $lines.Add('## Description')
    $lines.Add('')
    foreach ($paragraph in Get-Paragraphs $help.description) { $lines.Add($paragraph); $lines.Add('') }
    $lines.Add('## Parameters')
    $lines.Add('')
    foreach ($parameter in @($help.parameters.parameter)) {
        $lines.Add("### -$($parameter.name)")
        $lines.Add('')
        foreach ($paragraph in Get-Paragraphs $parameter.description) { $lines.Add($paragraph); $lines.Add('') }
        $default = if ($parameter.PSObject.Properties['defaultValue'] -and $parameter.defaultValue) { $parameter.defaultValue } else { 'none' }
        $lines.Add('| Type | Required | Position | Default | Pipeline input | Aliases |')
        $lines.Add('|---|---|---|---|---|---|')
        $lines.Add("| $($parameter.type.name) | $($parameter.required) | $($parameter.position) | $default | $($parameter.pipelineInput) | $($parameter.aliases) |")
        $lines.Add('')
    }
    foreach ($section in @(@('Inputs', $help.inputTypes, 'inputType'), @('Outputs', $help.returnValues, 'returnValue'))) {
        $title, $container, $member = $section
        if (-not $container) { continue }
        $lines.Add("## $title")
        $lines.Add('')
        foreach ($entry in @($container.$member)) {
            $lines.Add("### $($entry.type.name)")
            $lines.Add('')
            foreach ($paragraph in Get-Paragraphs $entry.description) { $lines.Add($paragraph); $lines.Add('') }
        }
    }
    $lines.Add('## Examples')
    $lines.Add('')
    foreach ($example in @($help.examples.example)) {
        $lines.Add("### $(($example.title -replace '^-+\s*|\s*-+$', ''))")
        $lines.Add('')
        $lines.Add('```powershell')
        foreach ($line in $example.code -split '\r?\n') { $lines.Add($line.TrimEnd()) }
        $lines.Add('```')
        $lines.Add('')
        foreach ($paragraph in Get-Paragraphs $example.remarks) { $lines.Add($paragraph); $lines.Add('') }
    }
    $links = @($help.relatedLinks.navigationLink | Select-Object -Skip 1)
    if ($links) {
        $lines.Add('## Related links')
        $lines.Add('')
        foreach ($link in $links) {
            $lines.Add($(if ($link.PSObject.Properties["uri"] -and $link.uri) { "- [$($link.linkText)]($($link.uri))" } else { "- [$($link.linkText)]($($link.linkText).md)" }))
        }
        $lines.Add('')
    }
    ($lines -join "`n").TrimEnd() + "`n"
}

Import-Module $ModulePath -Force
$names = (Import-PowerShellDataFile $ModulePath).CmdletsToExport
$null = New-Item -ItemType Directory -Path $OutputPath -Force
foreach ($name in $names) {
    $page = Join-Path $OutputPath "$name.md"
    [IO.File]::WriteAllText($page, (ConvertTo-CmdletPage $name), [Text.UTF8Encoding]::new($false))
    Write-Verbose "Wrote $page"
}
