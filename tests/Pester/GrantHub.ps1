# A LocalAws whose hub (the management account 111111111111) has people with no access of their own (bob, carol) and
# whose member accounts each have an OSAccess role that trusts the hub with the session name bound to the user name.
# Dot-sourced after LocalAws.ps1. Reset-GrantHub puts it back between tests; Get-LocalAwsWrites counts IAM writes.

# -InlinePolicies and -ManagedPolicies give people policies of their own (name -> @{ policy = document } / ARNs);
# -Groups are seed groups in the hub (@{ name; members; managedPolicies; inlinePolicies }); -Policies customer managed
# policies in the hub (@{ name; document }), which -ManagedPolicies can name by ARN.
function Reset-GrantHub {
    param($Server, [string[]] $People = @('bob', 'carol'), [string[]] $Members = @('222222222222', '333333333333', '444444444444'),
        [hashtable] $InlinePolicies = @{}, [hashtable] $ManagedPolicies = @{}, [hashtable[]] $Groups = @(), [hashtable[]] $Policies = @())
    $root = Join-Path $PSScriptRoot '../..'
    $seed = Get-Content (Join-Path $root 'tests/LocalAws/Seeding/default-seed.json') -Raw | ConvertFrom-Json
    $trust = (New-OSAccessTrustPolicyDocument -HubAccountId 111111111111 -RequireSessionName).MinifiedJson
    foreach ($person in $People) {
        $user = [ordered]@{ account = '111111111111'; name = $person; accessKeys = @(Get-PersonKey $person) }
        if ($InlinePolicies.ContainsKey($person)) { $user.inlinePolicies = $InlinePolicies[$person] }
        if ($ManagedPolicies.ContainsKey($person)) { $user.managedPolicies = @($ManagedPolicies[$person]) }
        $seed.users += [pscustomobject]$user
    }
    foreach ($policy in $Policies) { $seed.policies += [pscustomobject](@{ account = '111111111111' } + $policy) }
    if ($Groups) { $seed | Add-Member -NotePropertyName groups -NotePropertyValue @($Groups | ForEach-Object { [pscustomobject](@{ account = '111111111111' } + $_) }) -Force }
    $sessions = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ssm:StartSession","ssm:DescribeSessions","ssm:TerminateSession"],"Resource":"*"}]}'
    foreach ($member in $Members) {
        $seed.roles += [pscustomobject]@{ account = $member; name = 'OSAccess'; trustPolicy = $trust; maxSessionDuration = 3600; inlinePolicies = @{ sessions = $sessions } }
    }
    $null = Invoke-RestMethod -Method Post -Uri "$($Server.Endpoint)_localaws/reset" -Body ($seed | ConvertTo-Json -Depth 20) -ContentType 'application/json'
}

# The access key the hub's seed gives a person: AKIA + the name, padded; the secret is the name repeated.
function Get-PersonKey([string] $Person) {
    $id = ('AKIA' + ($Person.ToUpperInvariant() -replace '[^A-Z0-9]', '') + '0000000000000000').Substring(0, 20)
    [pscustomobject]@{ accessKeyId = $id; secretAccessKey = ($Person * 40).Substring(0, 40) }
}

function Get-LocalAwsCounts($Server) {
    $counts = (Invoke-RestMethod "$($Server.Endpoint)_localaws/requests").counts
    $table = @{}
    foreach ($property in $counts.PSObject.Properties) { $table[$property.Name] = $property.Value }
    $table
}

function Clear-LocalAwsRequests($Server) { $null = Invoke-RestMethod -Method Delete -Uri "$($Server.Endpoint)_localaws/requests" }

# IAM calls that change something (anything but Get*/List*).
function Get-LocalAwsWrites($Server) {
    $counts = Get-LocalAwsCounts $Server
    @($counts.Keys | Where-Object { $_ -like 'iam:*' -and $_ -notmatch '^iam:(Get|List)' } | ForEach-Object { $counts[$_] }) | Measure-Object -Sum |
        ForEach-Object { [int]$_.Sum }
}
