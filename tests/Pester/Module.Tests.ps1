BeforeDiscovery {
    $manifest = Import-PowerShellDataFile $env:OSACCESS_MODULE
    $script:cmdletNames = $manifest.CmdletsToExport
}

BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    $script:manifest = Import-PowerShellDataFile $env:OSACCESS_MODULE
}

Describe 'The OsAccess module' {
    It 'has a complete manifest' {
        $manifest.GUID | Should -Not -BeNullOrEmpty
        $manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $manifest.CmdletsToExport | Should -Not -Contain '*'
        $manifest.PrivateData.PSData.Tags | Should -Contain 'AWS'
        $manifest.PrivateData.PSData.ProjectUri | Should -Not -BeNullOrEmpty
        $manifest.PrivateData.PSData.LicenseUri | Should -Not -BeNullOrEmpty
        $manifest.PrivateData.PSData.ReleaseNotes | Should -Not -BeNullOrEmpty
        Test-ModuleManifest $env:OSACCESS_MODULE | Should -Not -BeNullOrEmpty
    }

    It 'exports exactly the cmdlets its manifest lists' {
        (Get-Command -Module OsAccess).Name | Sort-Object | Should -Be ($manifest.CmdletsToExport | Sort-Object)
    }

    It 'refuses a malformed account id with the same message in every cmdlet that takes one' {
        { New-OSAccessRolePolicyDocument -AccountId 12345 -ErrorAction Stop } | Should -Throw "*'12345' is not an AWS account id: use the 12 digits*"
        { New-OSAccessGrantPolicyDocument -AccountId 12345 -ErrorAction Stop } | Should -Throw "*'12345' is not an AWS account id: use the 12 digits*"
        { New-OSAccessTrustPolicyDocument -HubAccountId 12345 -ErrorAction Stop } | Should -Throw "*'12345' is not an AWS account id: use the 12 digits*"
        { Get-OSAccessContext -AccountId 12345 -ErrorAction Stop } | Should -Throw "*'12345' is not an AWS account id: use the 12 digits*"
        { Publish-OSAccessRole -AccountId 12345 -HubAccountId 111111111111 -ErrorAction Stop } | Should -Throw "*'12345' is not an AWS account id: use the 12 digits*"
        { Test-OSAccessRole -AccountId 111111111111 -HubAccountId 12345 -ErrorAction Stop } | Should -Throw "*'12345' is not an AWS account id: use the 12 digits*"
        { Unpublish-OSAccessRole -AccountId 12345 -ErrorAction Stop } | Should -Throw "*'12345' is not an AWS account id: use the 12 digits*"
    }

    It 'names the cross-account role, the OSAccess role and the hub account the same way in every cmdlet' {
        foreach ($command in Get-Command -Module OsAccess) {
            $parameters = $command.Parameters.Values
            $roleParameters = @($parameters | Where-Object { $_.Name -like '*RoleName' -or ($_.Aliases -like '*RoleName') })
            foreach ($parameter in $roleParameters) {
                # The guardrail's own kinds of role: exempt, automation, and those that may still change them (deployment).
                $parameter.Name | Should -BeIn 'RoleName', 'CrossAccountRoleName', 'ExemptRoleName', 'AutomationRoleName', 'DeploymentRoleName' -Because "$($command.Name) -$($parameter.Name)"
            }
            # New-OSAccessOperatorPolicyDocument names the role in the policy it builds, and reaches no account itself.
            if ($command.Parameters.ContainsKey('CrossAccountRoleName') -and $command.ImplementingType.IsSubclassOf([OsAccess.PowerShell.Common.OsAccessAwsCmdlet])) {
                $command.Parameters.Keys | Should -Contain 'ExternalId' -Because "$($command.Name) reaches member accounts"
                $command.Parameters.Keys | Should -Contain 'ThrottleLimit' -Because "$($command.Name) reaches member accounts"
            }
            if ($command.Parameters.ContainsKey('RoleName')) {
                $default = ((Get-Help $command.Name -Parameter RoleName).defaultValue | Out-String).Trim()
                $default | Should -Be 'OSAccess' -Because "-RoleName of $($command.Name) is the OSAccess role"
            }
            foreach ($parameter in $parameters | Where-Object { $_.Name -like '*Hub*' }) {
                $parameter.Name | Should -Be 'HubAccountId' -Because "$($command.Name) -$($parameter.Name)"
            }
        }
        (Get-Command Get-OSAccessContext).Parameters['CrossAccountRoleName'].Aliases | Should -Be 'RoleName' -Because 'its former name stays an alias for this release'
        (Get-Command New-OSAccessTrustPolicyDocument).Parameters.Keys | Should -Contain 'HubAccountId'
    }

    It 'has each cmdlet''s page in docs/cmdlets as Update-CmdletDocs.ps1 writes it from the help' {
        $written = Join-Path $TestDrive 'cmdlets'
        & (Join-Path $PSScriptRoot '../../tools/cmdlet-docs/Update-CmdletDocs.ps1') -ModulePath $env:OSACCESS_MODULE -OutputPath $written
        Import-Module $env:OSACCESS_MODULE -Force

        foreach ($name in $manifest.CmdletsToExport) {
            $committed = Join-Path $PSScriptRoot "../../docs/cmdlets/$name.md"
            $committed | Should -Exist
            Get-Content -Raw $committed | Should -BeExactly (Get-Content -Raw (Join-Path $written "$name.md")) -Because "docs/cmdlets/$name.md is stale: run tools/cmdlet-docs/Update-CmdletDocs.ps1 after building"
        }
    }

    It 'ships no PowerShell reference assembly' {
        Join-Path (Split-Path $env:OSACCESS_MODULE) 'System.Management.Automation.dll' | Should -Not -Exist
    }

    It 'refuses the same unusable guardrail options with the same ErrorId in every cmdlet that takes them' {
        $ids = foreach ($command in 'New-OSAccessScpDocument', 'Test-OSAccessScp', 'Publish-OSAccessScp') {
            $err = $null
            try {
                if ($command -eq 'Test-OSAccessScp') {
                    $null = & $command -AutomationRoleName Patching -ServiceControlPolicy @{ Target = '111122223333'; Policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}' } -ErrorVariable err -ErrorAction SilentlyContinue
                } elseif ($command -eq 'Publish-OSAccessScp') {
                    $null = & $command -AutomationRoleName Patching -TargetId r-ab12 -AccessKey AKIAEXAMPLE -SecretKey s -Region us-east-1 -EndpointUrl http://127.0.0.1:9/ -ErrorVariable err -ErrorAction SilentlyContinue
                } else {
                    $null = & $command -AutomationRoleName Patching -ErrorVariable err -ErrorAction SilentlyContinue
                }
            } catch { $err = @($_) }
            "$command=$(("$($err[0].FullyQualifiedErrorId)" -split ',')[0])"
        }
        $ids | Should -Be @('New-OSAccessScpDocument=OSAccessDocumentInputInvalid', 'Test-OSAccessScp=OSAccessDocumentInputInvalid', 'Publish-OSAccessScp=OSAccessDocumentInputInvalid')
    }

    It 'has about_OsAccess, naming every cmdlet it exports and the security caveats' {
        $about = Get-Help about_OsAccess | Out-String
        $about | Should -Match 'SECURITY CAVEATS'
        foreach ($name in $manifest.CmdletsToExport) { $about | Should -Match "\b$name\b" -Because "about_OsAccess should name $name" }
        foreach ($caveat in 'Other ways onto the OS', 'Exemption by role name', 'Standing access through the hub', 'Live sessions outlive a revoke') {
            $about | Should -Match $caveat
        }
    }

    It 'lists in about_OsAccess every ErrorId OsAccess gives, each in the one scheme, and no other' {
        $about = Get-Content (Join-Path (Split-Path $env:OSACCESS_MODULE) 'en-US/about_OsAccess.help.txt') -Raw
        $ids = [OsAccess.PowerShell.Common.ErrorIds].GetFields() | ForEach-Object { $_.GetValue($null) }
        $ids.Count | Should -BeGreaterThan 20
        foreach ($id in $ids) {
            $id | Should -Match '^OSAccess[A-Z][A-Za-z]+$'
            $about | Should -Match "\b$id\b" -Because "about_OsAccess should list $id"
        }
        $errors = [regex]::Match($about, '(?s)\n  ERRORS\n(.*?)\n  [A-Z]+\n').Groups[1].Value
        $listed = [regex]::Matches($errors, '(?m)^\s+(OSAccess[A-Z][A-Za-z]+)\s').ForEach({ $_.Groups[1].Value })
        $listed.Count | Should -Be $ids.Count -Because 'the ERRORS section lists each ErrorId once'
        $listed | Where-Object { $_ -notin $ids } | Should -BeNullOrEmpty -Because 'about_OsAccess should list only ErrorIds OsAccess gives'
    }
}

Describe 'Help for <_>' -ForEach $cmdletNames {
    BeforeAll {
        $script:help = Get-Help $_ -Full
        $script:command = Get-Command $_
    }

    It 'has a synopsis and a description' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "*$($command.Name) *[<CommonParameters>]*"
        ($help.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty
    }

    It 'sends Get-Help -Online to its page in this repository' {
        # Get-Help -Online opens the first related link that has a URI (then the cmdlet's HelpUri).
        $online = @($help.relatedLinks.navigationLink | Where-Object { $_.PSObject.Properties['uri'] -and $_.uri })[0].uri

        $online | Should -BeExactly "$($manifest.PrivateData.PSData.ProjectUri)/blob/main/docs/cmdlets/$($command.Name).md"
        Join-Path $PSScriptRoot "../../docs/cmdlets/$($command.Name).md" | Should -Exist
    }

    It 'has at least one example' {
        @($help.Examples.Example).Count | Should -BeGreaterThan 0
        $help.Examples.Example[0].Code | Should -Not -BeNullOrEmpty
    }

    It 'shows, in each example that shows output, the output the example gives at 80 columns' {
        $lines = { param($text) (($text -split '\r?\n') | ForEach-Object { $_.TrimEnd() }) -join "`n" }
        Push-Location (Join-Path $PSScriptRoot '../..')
        try {
            foreach ($example in @($help.Examples.Example)) {
                $code, $shown = $example.Code -split '\r?\n\r?\n', 2
                if (-not $shown) { continue }
                $output = & ([scriptblock]::Create($code)) 2>&1 | Out-String -Width 80
                (& $lines $output).Trim() | Should -BeExactly (& $lines $shown).Trim() -Because $example.Title
            }
        }
        finally {
            Pop-Location
        }
    }

    It 'describes every parameter' {
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
        foreach ($name in $command.Parameters.Keys | Where-Object { $_ -notin $common }) {
            $parameterHelp = $help.Parameters.Parameter | Where-Object Name -EQ $name
            ($parameterHelp.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "parameter -$name needs help"
        }
    }

    It 'names the types its [OutputType] names as its output' {
        $declared = @($command.OutputType.Name) | Sort-Object
        $documented = @($help.ReturnValues.ReturnValue.Type.Name) | Sort-Object

        $documented | Should -Be $declared
    }

    It 'names the aliases of every parameter' {
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
        foreach ($parameter in $command.Parameters.Values | Where-Object Name -NotIn $common) {
            $expected = if ($parameter.Aliases.Count) { $parameter.Aliases -join ', ' } else { 'none' }
            ($help.Parameters.Parameter | Where-Object Name -EQ $parameter.Name).Aliases | Should -Be $expected -Because "parameter -$($parameter.Name)"
        }
    }

    It 'has the ConfirmImpact that docs/writing.md gives it, and asks before changing AWS only if it has one' {
        $row = Get-Content (Join-Path $PSScriptRoot '../../docs/writing.md') | Where-Object { $_.StartsWith("| ``$($command.Name)`` |") }
        $row | Should -Not -BeNullOrEmpty -Because 'every cmdlet has a row in docs/writing.md'
        $documented = ($row -split '\|')[2].Trim()
        $attribute = $command.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]

        if ($documented -eq 'none') {
            $attribute.SupportsShouldProcess | Should -BeFalse
        } else {
            $attribute.SupportsShouldProcess | Should -BeTrue
            $attribute.ConfirmImpact | Should -Be $documented
            $command.ImplementingType.IsSubclassOf([OsAccess.PowerShell.Common.OsAccessWriteCmdlet]) | Should -BeTrue
        }
    }

    It 'has a syntax item for each parameter set, with its parameters' {
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
        $expected = @($command.ParameterSets | ForEach-Object {
                (@($_.Parameters.Name | Where-Object { $_ -notin $common }) | Sort-Object) -join ','
            }) | Sort-Object
        $documented = @($help.Syntax.SyntaxItem | ForEach-Object {
                (@($_.Parameter.Name) | Sort-Object) -join ','
            }) | Sort-Object

        $documented | Should -Be $expected
    }
}
