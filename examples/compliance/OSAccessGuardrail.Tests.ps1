# A compliance suite for your CI: fails when the OSAccess guardrail SCP does not hold in some account of the organization,
# and names each such account and why. Run with the organization's management account's credentials (or a delegated
# SCP administrator's): the AWS credential chain (AWS_ACCESS_KEY_ID…, AWS_PROFILE, the instance's role) or the parameters.
#
#   Invoke-Pester ./OSAccessGuardrail.Tests.ps1
#   $container = New-PesterContainer -Path ./OSAccessGuardrail.Tests.ps1 -Data @{ Guardrail = @{ ProtectRole = $true }; HubAccountId = '123456789012' }
#   Invoke-Pester -Container $container -CI
#
# See README.md next to this file.
param(
    # The guardrail's options, as given to New-OSAccessScpDocument and Publish-OSAccessScp, e.g. @{ Channel = 'All'; ProtectRole = $true }.
    [hashtable] $Guardrail = @{},
    # Roots, OUs or accounts to check (default: the whole organization).
    [string[]] $TargetId = @(),
    # Accounts where people's IAM users live: one outside the guardrail is an error.
    [string[]] $HubAccountId = @(),
    # Informational findings (the management account, roles left unguarded) fail the suite too.
    [switch] $Strict,
    [string] $ProfileName = $env:OSACCESS_PROFILE,
    [string] $Region = $env:OSACCESS_REGION,
    # An endpoint to send every call to instead of AWS's (a test emulator); AWS_ENDPOINT_URL works too.
    [string] $EndpointUrl = $env:OSACCESS_ENDPOINT_URL,
    # Where OsAccess is: its name when installed, or a path to OsAccess.psd1.
    [string] $Module = $(if ($env:OSACCESS_MODULE) { $env:OSACCESS_MODULE } else { 'OsAccess' })
)

BeforeDiscovery {
    Import-Module $Module
    $check = @{ Strict = $Strict } + $Guardrail
    if ($TargetId) { $check.TargetId = $TargetId }
    if ($HubAccountId) { $check.HubAccountId = $HubAccountId }
    if ($ProfileName) { $check.ProfileName = $ProfileName }
    if ($Region) { $check.Region = $Region }
    if ($EndpointUrl) { $check.EndpointUrl = $EndpointUrl }
    $accounts = @(Test-OSAccessScp @check -ErrorAction Stop | ForEach-Object {
            @{
                AccountId = $_.AccountId; AccountName = $_.AccountName; Path = $_.Path; Compliant = $_.Compliant
                Findings = @($_.Findings | ForEach-Object { "$($_.Severity) $($_.Id): $($_.Message) Fix: $($_.Remedy)" })
            }
        })
}

BeforeAll {
    Import-Module $Module
}

# The parameters go to the tests as the Describe block's data: discovery's variables do not reach them otherwise.
Describe 'The OSAccess guardrail SCP' -ForEach @{ Check = $check } {
    It 'holds in every account' {
        Test-OSAccessScp @check -Quiet -ErrorAction Stop | Should -BeTrue -Because 'Test-OSAccessScp finds accounts where it does not (see the tests below)'
    }

    It 'holds in <AccountName> (<AccountId>, <Path>)' -ForEach $accounts {
        $Compliant | Should -BeTrue -Because ("it found:`n" + ($Findings -join "`n"))
    }
}
