# OsAccess and AWS.Tools in one session: each loads its own AWSSDK.Core. Every case runs in a fresh pwsh,
# because which copy is loaded first is the point.
BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'FakeSts.ps1')
    $script:sts = Start-FakeSts

    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
    $script:otherCore = @{}
    foreach ($version in '4.0.3.3', '4.1.0') {
        $script:otherCore[$version] = Join-Path $packages "awssdk.core/$version/lib/netstandard2.0/AWSSDK.Core.dll"
    }

    # Runs a script in a fresh pwsh with the module path, the fake STS and the other AWSSDK.Core, and returns its output lines.
    . (Join-Path $PSScriptRoot 'FreshPwsh.ps1')
    function Invoke-IsolationCase([string] $Script, [string] $OtherCore) {
        Invoke-FreshPwshScript $Script -Environment @{
            OSACCESS_TEST_STS = $script:sts.Url; OSACCESS_TEST_OTHER_CORE = $OtherCore; AWS_EC2_METADATA_DISABLED = 'true'
        }
    }

    $script:useOsAccess = @'
$c = Get-OSAccessContext -AccessKey AKIAOSACCESS -SecretKey s -Region us-east-1 -EndpointUrl $env:OSACCESS_TEST_STS -ErrorAction Stop
"osaccess: $($c.Arn)"
'@
    $script:loadOther = @'
$other = [Reflection.Assembly]::LoadFrom($env:OSACCESS_TEST_OTHER_CORE)
$credential = [Amazon.Runtime.BasicAWSCredentials]::new('AKIAOTHERSDK', 's')
"other: $($other.Location)"
'@
    $script:report = @'
[AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'AWSSDK.Core' } |
    ForEach-Object { "core: $($_.Location)" }
'@
}

AfterAll {
    $script:sts.Stop()
}

Describe 'OsAccess beside another AWSSDK.Core' {
    It 'ships the AWS SDK in its own dependencies folder' {
        $module = Split-Path $env:OSACCESS_MODULE
        Join-Path $module 'dependencies/AWSSDK.Core.dll' | Should -Exist
        Join-Path $module 'dependencies/OsAccess.Aws.dll' | Should -Exist
        Join-Path $module 'AWSSDK.Core.dll' | Should -Not -Exist
    }

    It 'keeps OsAccess.Core and OsAccess.Workflows beside the cmdlet assembly, shared with PowerShell' {
        $module = Split-Path $env:OSACCESS_MODULE
        foreach ($name in 'OsAccess.Core.dll', 'OsAccess.Workflows.dll') {
            Join-Path $module $name | Should -Exist
            Join-Path $module "dependencies/$name" | Should -Not -Exist
        }
    }

    It 'keeps the AWS SDK and AssemblyLoadContext out of the cmdlet assembly''s references' {
        $module = Split-Path $env:OSACCESS_MODULE
        $names = & {
            $stream = [IO.File]::OpenRead((Join-Path $module 'OsAccess.PowerShell.dll'))
            try {
                $reader = [System.Reflection.Metadata.PEReaderExtensions]::GetMetadataReader([System.Reflection.PortableExecutable.PEReader]::new($stream))
                foreach ($handle in $reader.AssemblyReferences) { $reader.GetString($reader.GetAssemblyReference($handle).Name) }
            } finally { $stream.Dispose() }
        }

        $names | Should -Contain 'OsAccess.Aws'
        $names | Where-Object { $_ -like 'AWSSDK*' -or $_ -eq 'System.Runtime.Loader' } | Should -BeNullOrEmpty
    }

    It 'works when AWSSDK.Core <_> was loaded before it' -ForEach '4.0.3.3', '4.1.0' {
        $script:otherCore[$_] | Should -Exist
        $output = Invoke-IsolationCase -OtherCore $script:otherCore[$_] -Script (
            $script:loadOther + "`nImport-Module '$env:OSACCESS_MODULE'`n" + $script:useOsAccess + "`n" + $script:report)

        $output | Should -Contain 'osaccess: arn:aws:iam::111111111111:user/AKIAOSACCESS'
        @($output | Where-Object { $_ -like 'core: *' }).Count | Should -Be 2 -Because ($output -join "`n")
    }

    It 'lets AWSSDK.Core <_> load after it, and takes that SDK''s credentials' -ForEach '4.0.3.3', '4.1.0' {
        $output = Invoke-IsolationCase -OtherCore $script:otherCore[$_] -Script (
            "Import-Module '$env:OSACCESS_MODULE'`n" + $script:useOsAccess + "`n" + $script:loadOther + @'

$c = Get-OSAccessContext -Credential $credential -Region us-east-1 -EndpointUrl $env:OSACCESS_TEST_STS -ErrorAction Stop
"with other credentials: $($c.Arn)"
'@ + "`n" + $script:report)

        $output | Should -Contain 'osaccess: arn:aws:iam::111111111111:user/AKIAOSACCESS'
        $output | Should -Contain 'with other credentials: arn:aws:iam::111111111111:user/AKIAOTHERSDK'
        @($output | Where-Object { $_ -like 'core: *' }).Count | Should -Be 2 -Because ($output -join "`n")
    }

    It 'loads no AWS SDK assembly at import or for the offline cmdlets, only once a cmdlet reaches AWS' {
        $output = Invoke-IsolationCase -OtherCore $null -Script (@"
Import-Module '$env:OSACCESS_MODULE'
"@ + @'

$null = New-OSAccessScpDocument | Test-OSAccessPolicyDocument
$allowAll = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'
$null = Test-OSAccessScp -ServiceControlPolicy @{ Target = 'r-ab12'; Policy = $allowAll }, @{ Target = '222222222222'; Policy = $allowAll, (New-OSAccessScpDocument) }
"offline: $(@([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -like 'AWSSDK.*' }).Count)"
'@ + "`n" + $script:useOsAccess + "`n" + $script:report)

        $output | Should -Contain 'offline: 0' -Because ($output -join "`n")
        $output | Should -Contain 'osaccess: arn:aws:iam::111111111111:user/AKIAOSACCESS'
        @($output | Where-Object { $_ -like 'core: *' }).Count | Should -Be 1 -Because ($output -join "`n")
    }
}
