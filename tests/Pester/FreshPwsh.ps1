# Runs a fresh pwsh like the one running this script, whether that is pwsh itself or the repo's dotnet tool
# (`dotnet pwsh`, where the process is dotnet and PowerShell is pwsh.dll in $PSHOME), without a profile and
# without prompts; the arguments go to pwsh as given (-File ..., -Command ...). Its exit code is in $LASTEXITCODE.
# Dot-sourced by build.ps1 and by the tests that need a process of their own.
function Invoke-FreshPwsh {
    $self = (Get-Process -Id $PID).Path
    [string[]] $prefix = if ([IO.Path]::GetFileNameWithoutExtension($self) -eq 'pwsh') { @() } else { Join-Path $PSHOME 'pwsh.dll' }
    & $self @prefix -NoProfile -NonInteractive @args
}
