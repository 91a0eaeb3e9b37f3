@{
    RootModule           = 'OsAccess.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = 'e5de0b61-9031-4a35-874a-68c7f619cd6e'
    Author               = 'OsAccess contributors'
    CompanyName          = 'OsAccess'
    Copyright            = '(c) 2026 OsAccess contributors. MIT License.'
    Description          = 'Governs who can get onto the operating system of EC2 and managed instances across an AWS Organization through Systems Manager: a guardrail SCP, an OSAccess role in every member account, and time-boxed, revocable grants to assume it.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FormatsToProcess     = @('OsAccess.Format.ps1xml')
    CmdletsToExport      = @(
        'Test-OSAccessPolicyDocument'
        'Test-OSAccessPolicy'
        'Test-OSAccessScp'
        'New-OSAccessScpDocument'
        'New-OSAccessRolePolicyDocument'
        'New-OSAccessTrustPolicyDocument'
        'New-OSAccessGrantPolicyDocument'
        'Get-OSAccessContext'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('AWS', 'SSM', 'SessionManager', 'IAM', 'SCP', 'Organizations', 'JIT', 'Security', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/osaccess/OsAccess'
            LicenseUri   = 'https://github.com/osaccess/OsAccess/blob/main/LICENSE'
            ReleaseNotes = '0.1.0: Test-OSAccessPolicyDocument (offline policy checks), the New-OSAccess*Document cmdlets (the guardrail SCP with -ExemptRoleName/-JustInTime, -Channel Session|All, -AutomationRoleName, -ProtectRole/-DeploymentRoleName and its size quota; OSAccess role and trust policies; time-boxed grants), Test-OSAccessPolicy (offline evaluation with SCPs), Test-OSAccessScp (whether the guardrail holds on the SCP path of an account, decided by the engine, offline) and Get-OSAccessContext (the identity, region and endpoints OsAccess acts with). Test-OSAccessPolicyDocument reports a parse error once, as a finding, and a file piped one line at a time (Get-Content without -Raw) with one error that says to use -Raw or -Path; a -Path that matches no file is an error. Role policies built for several accounts say which account each is for (AccountId).'
        }
    }
}
