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
        'Publish-OSAccessScp'
        'Unpublish-OSAccessScp'
        'Publish-OSAccessRole'
        'Test-OSAccessRole'
        'Unpublish-OSAccessRole'
        'Grant-OSAccess'
        'Get-OSAccessGrant'
        'Revoke-OSAccess'
        'Get-OSAccessSession'
        'Stop-OSAccessSession'
        'Request-OSAccess'
        'Get-OSAccessRequest'
        'Stop-OSAccessRequest'
        'Approve-OSAccessRequest'
        'Deny-OSAccessRequest'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('AWS', 'SSM', 'SessionManager', 'IAM', 'SCP', 'Organizations', 'JIT', 'Security', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/osaccess/OsAccess'
            LicenseUri   = 'https://github.com/osaccess/OsAccess/blob/main/LICENSE'
            ReleaseNotes = '0.1.0: Test-OSAccessPolicyDocument (offline policy checks), the New-OSAccess*Document cmdlets (the guardrail SCP with -ExemptRoleName/-JustInTime, -Channel Session|All, -AutomationRoleName, -ProtectRole/-DeploymentRoleName, its size quota naming the option to drop; OSAccess role and trust policies; time-boxed grants), Test-OSAccessPolicy (offline evaluation with SCPs), Test-OSAccessScp (whether the guardrail holds on the SCP path of an account, decided by the engine, offline) and Get-OSAccessContext (the identity, region and endpoints OsAccess acts with). Test-OSAccessPolicyDocument reports a parse error once, as a finding, and a file piped one line at a time (Get-Content without -Raw) with one error that says to use -Raw or -Path; a -Path that matches no file is an error. Role policies built for several accounts say which account each is for (AccountId). Test-OSAccessPolicy refuses, naming the parameter, null or empty values, resources that are not ARNs, owners that name no account and policies not valid as the type they are passed as, and takes built documents wherever a policy goes; its Explanation names each statement that would have decided otherwise but for its conditions, with the values they compared. Policies and statements are numbered from 1 wherever shown: MatchedStatement.StatementNumber and PolicyFinding.StatementNumber replace Index and StatementIndex. Nesting deeper than 64 is a parse error, never a crash; size findings give advice that works for the policy type; document cmdlets'' errors name the PowerShell parameter. Every finding and -Quiet answer of Test-OSAccessPolicyDocument carries the Path, or the Name and AccountId, of its document. A misspelt condition operator gets the nearest one suggested (StringEqualz: did you mean StringEquals?), and an account id from AWS''s documentation one warning per document that lists where it stands. Every default view fits 80 columns without cutting words: findings and contexts wrap at spaces, ARNs stay whole, and Format-Table on built documents shows Name, AccountId, PolicyType and Size. Tab completes -ProfileName from the shared credentials and config files, and -ActionName and -DeniedAction from IAM action names generated from AWS service models (tools/iam-actions). Get-Help -Online opens each cmdlet''s page in docs/cmdlets of this repository. IAM Identity Center profiles work (AWSSDK.SSO and AWSSDK.SSOOIDC ship in dependencies/): the cached aws sso login token is exchanged at the SSO portal of the resolved endpoint, and an expired token says to run aws sso login. Assume-role profiles call STS at the resolved endpoint and name the session by role_session_name or after the identity that assumes the role. A -Region AWS does not have is refused with the nearest names unless an endpoint is configured. An endpoint where nothing AWS answers (refused, TLS to plain HTTP, a web page) is reported with the endpoint, its source and what to check, never the page. A DateTime without a time zone is local time in every cmdlet (Test-OSAccessPolicy -CurrentTime used to read it as UTC), a DateTimeOffset keeps its offset, and a local time the clocks skip or repeat is refused; a New-*Document over its quota (a grant for 44 accounts) is refused with a DocumentQuotaExceeded error instead of being emitted; OSAccessPolicy lets a role session open the data channel of its sessions (the resource session/${aws:userid}-* never matched one) and end or resume only its own, by the aws:ssmmessages:session-id tag; New-OSAccessGrantPolicyDocument refuses a window already over or longer than 92 days (-Duration ([timespan]::MaxValue) used to crash), and its errors name the PowerShell parameter at fault. Get-OSAccessContext refuses a -CrossAccountRoleName (-RoleName) that is not an IAM role name before calling AWS. Get-OSAccessContext -AccountId reaches -ThrottleLimit accounts at once (default 8), writes each context as its account answers (so in the order accounts answer), shows progress, and writes one error per account it cannot reach. Renamed: Get-OSAccessContext -RoleName is now -CrossAccountRoleName, the name every cmdlet that reaches member accounts gives the role it assumes there (with -ExternalId beside it); -RoleName still works as its alias in this release and will be removed in the next, after which -RoleName means the OSAccess role in every cmdlet. build.ps1 -Task Package makes a .nupkg that Install-PSResource installs from a folder repository. Publish-OSAccessScp publishes the guardrail SCP to roots, OUs and accounts of the organization (created, updated in place when drifted, or left alone with no write) and Unpublish-OSAccessScp takes it back, touching no other policy. Publish-OSAccessRole creates or repairs the OSAccess role, its trust policy (the hub account, the session named after the user, -RequireMfa), its base policy and OSAccessPolicy as a versioned customer-managed policy in member accounts (-AccountId or -All), writing nothing when nothing differs; Test-OSAccessRole reports its drift and what makes it unsafe, Unpublish-OSAccessRole removes only what OsAccess created, and -CrossAccountRoleName is refused at bind in every cmdlet when IAM would refuse the name. Grant-OSAccess grants a hub user a time-boxed window to assume OSAccess (one managed policy per grant, who, when and why kept in IAM, every input checked before any write), Get-OSAccessGrant lists the grants from GetAccountAuthorizationDetails pages, and Revoke-OSAccess takes them away (-EndSessions also denies that person''s credentials already issued and ends their live sessions; -Expired as housekeeping); Get-OSAccessSession shows who is on which instance across accounts and regions, and Stop-OSAccessSession ends the sessions piped to it. Test-OSAccessScp checks the organization online by default (management or delegated SCP administrator credentials; -TargetId for roots, OUs and accounts, bound from Get-ORG* objects), reading every account''s SCP path in one walk of the tree, and examples/compliance holds a Pester suite for CI that names each account where the guardrail does not hold. Get-Help about_OsAccess explains the model, what OsAccess writes, the security caveats and the ErrorIds; examples/runbooks/Invoke-OSAccessHousekeeping.ps1 is the hourly housekeeping runbook (exit code 0 compliant, 1 not, 2 a step failed). The AWS SDK now loads when a cmdlet first reaches AWS, not at import. Renamed ErrorIds: InvalidDocumentInput is now OSAccessDocumentInputInvalid, and Test-OSAccessScp gives it too for guardrail options it cannot use (was InvalidGuardrailOptions), as New-OSAccessScpDocument and Publish-OSAccessScp do. Get-OSAccessGrant -IncludeUnmanaged also reports who can assume the OSAccess role outside OsAccess''s grants (AdministratorAccess, group policies, hand-written grants with their window), as the policy engine decides from each hub user''s policies. Request-OSAccess asks for access in the caller''s own name (an OpsItem in the hub), Get-OSAccessRequest lists requests with their reasons where the caller may read them, Stop-OSAccessRequest withdraws one''s own, and Approve-OSAccessRequest (making the grant as Grant-OSAccess does, one grant however many approve at once, never one''s own) or Deny-OSAccessRequest decides them, each announced to -NotificationTopicArn or $OSAccessNotificationTopicArn; docs/requests.md gives the IAM policy of each side.'
        }
    }
}
