# The package as a user gets it: packed from the built module, installed with Install-PSResource from a folder
# repository into a home folder of its own, imported by name in a fresh pwsh, then used offline and against LocalAws.
BeforeAll {
    . (Join-Path $PSScriptRoot 'FreshPwsh.ps1')
    . (Join-Path $PSScriptRoot 'LocalAws.ps1')
    . (Join-Path $PSScriptRoot '../../tools/package/New-OsAccessPackage.ps1')

    $script:work = Join-Path ([IO.Path]::GetTempPath()) ('osaccess-package-' + [guid]::NewGuid().ToString('N'))
    $script:repository = Join-Path $work 'repository'
    $script:userHome = New-Item -ItemType Directory -Force -Path (Join-Path $work 'home')
    $moduleDir = Split-Path $env:OSACCESS_MODULE
    $script:package = New-OsAccessPackage -ModuleDir $moduleDir -DestinationPath $repository
    $script:manifest = Import-PowerShellDataFile $env:OSACCESS_MODULE
    $script:localAws = Start-LocalAws

    # PSModulePath is cleared of this run's module folders, so only what Install-PSResource put under the new home is found.
    $script:installed = Invoke-FreshPwshScript -Environment @{ HOME = $userHome.FullName; XDG_DATA_HOME = $null; XDG_CONFIG_HOME = $null; PSModulePath = $null } -Script @"
`$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name OsAccessLocal -Uri '$repository' -Trusted
Install-PSResource -Name OsAccess -Repository OsAccessLocal -Scope CurrentUser -TrustRepository -Quiet
`$module = Import-Module OsAccess -PassThru
"Installed: `$(`$module.Version) at `$(`$module.ModuleBase)"
"Scp size: `$((New-OSAccessScpDocument).Size)"
`$context = Get-OSAccessContext -AccessKey '$($localAws.AccessKeyId)' -SecretKey '$($localAws.SecretAccessKey)' -Region us-east-1 -EndpointUrl '$($localAws.Endpoint)'
"Caller: `$(`$context.Arn)"
"@
}

AfterAll {
    if ($localAws) { $localAws.Stop() }
    if ($work) { Remove-Item $work -Recurse -Force -ErrorAction SilentlyContinue }
}

Describe 'The OsAccess package' {
    It 'is a nupkg named for the manifest''s version' {
        $package.Name | Should -Be "OsAccess.$($manifest.ModuleVersion).nupkg"
    }

    It 'installs with Install-PSResource from a folder repository into the user''s module path' {
        $line = $installed | Where-Object { $_ -like 'Installed:*' }
        $line | Should -Not -BeNullOrEmpty -Because ($installed -join "`n")
        $line | Should -BeLike "Installed: $($manifest.ModuleVersion) at $($userHome.FullName)*"
    }

    It 'works offline once installed' {
        ($installed | Where-Object { $_ -match '^Scp size: (\d+)$' }) | Should -Not -BeNullOrEmpty -Because ($installed -join "`n")
    }

    It 'reaches AWS (LocalAws) once installed, with its AWSSDK dependencies' {
        $installed | Should -Contain 'Caller: arn:aws:iam::111111111111:user/admin' -Because ($installed -join "`n")
    }
}

Describe 'The manifest, as a gallery shows it' {
    It 'names <_>' -ForEach 'Author', 'Description', 'Copyright', 'CompatiblePSEditions', 'PowerShellVersion' {
        $manifest[$_] | Should -Not -BeNullOrEmpty
    }

    It 'has <_> in PSData' -ForEach 'Tags', 'ProjectUri', 'LicenseUri', 'ReleaseNotes' {
        $manifest.PrivateData.PSData[$_] | Should -Not -BeNullOrEmpty
    }

    It 'has release notes for its own version' {
        $manifest.PrivateData.PSData.ReleaseNotes | Should -BeLike "*$($manifest.ModuleVersion)*"
    }

    It 'runs on Windows PowerShell 5.1 and PowerShell 7' {
        $manifest.PowerShellVersion | Should -Be '5.1'
        $manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
    }
}
