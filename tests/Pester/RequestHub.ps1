# The grant hub (GrantHub.ps1) with the two policies docs/requests.md names, as New-OSAccessOperatorPolicyDocument gives
# them: bob and erin ask (OSAccessRequester, -Task Request, and ReadOnlyAccess, which alone would let them read every
# OpsItem), carol and dave approve (OSAccessApprover, -Task Approve). Dot-sourced after LocalAws.ps1, GrantHub.ps1 and
# SignedAwsCall.ps1, with the module imported.

function Get-RequestPolicy([ValidateSet('Request', 'Approve')] [string] $Task) {
    (New-OSAccessOperatorPolicyDocument -Task $Task | Where-Object AccountKind -EQ Hub).MinifiedJson
}

function Reset-RequestHub($Server) {
    $requester = 'arn:aws:iam::111111111111:policy/OSAccessRequester'
    $approver = 'arn:aws:iam::111111111111:policy/OSAccessApprover'
    $readOnly = 'arn:aws:iam::aws:policy/ReadOnlyAccess'
    Reset-GrantHub $Server -People bob, erin, carol, dave -ManagedPolicies @{ bob = $requester, $readOnly; erin = $requester, $readOnly; carol = $approver; dave = $approver } `
        -Policies @{ name = 'OSAccessRequester'; document = Get-RequestPolicy Request }, @{ name = 'OSAccessApprover'; document = Get-RequestPolicy Approve }
}

# The common parameters that act as a person of the hub, with the keys GrantHub.ps1 seeds.
function Get-PersonAws($Server, [string] $Person) {
    $key = Get-PersonKey $Person
    @{ EndpointUrl = $Server.Endpoint; AccessKey = $key.accessKeyId; SecretKey = $key.secretAccessKey; Region = 'us-east-1' }
}

# The splats of bob, erin, carol, dave and the hub's admin, in that order.
function Get-RequestPeople($Server) {
    foreach ($person in 'bob', 'erin', 'carol', 'dave') { , (Get-PersonAws $Server $person) }
    , @{ EndpointUrl = $Server.Endpoint; AccessKey = $Server.AccessKeyId; SecretKey = $Server.SecretAccessKey; Region = 'us-east-1' }
}

# An SNS topic in the hub, created by the admin; answers its ARN.
function New-RequestTopic($Server, [string] $Name = 'osaccess-requests') {
    $call = Invoke-SignedAwsCall -Endpoint $Server.Endpoint -Service sns -AccessKey $Server.AccessKeyId -SecretKey $Server.SecretAccessKey -Body @{
        Action = 'CreateTopic'; Version = '2010-03-31'; Name = $Name
    }
    if ($call.StatusCode -ne 200) { throw "CreateTopic failed: $($call.Text)" }
    $call.Answer.CreateTopicResponse.CreateTopicResult.TopicArn
}

function Get-PublishedMessage($Server) { @(Invoke-RestMethod "$($Server.Endpoint)_localaws/sns/messages") }

# Whether the person can assume OSAccess in the account now, by LocalAws's clock.
function Test-PersonCanAssume($Server, [string] $Person, [string] $AccountId = '222222222222') {
    $key = Get-PersonKey $Person
    $call = Invoke-SignedAwsCall -Endpoint $Server.Endpoint -Service sts -AccessKey $key.accessKeyId -SecretKey $key.secretAccessKey -Body @{
        Action = 'AssumeRole'; Version = '2011-06-15'; RoleArn = "arn:aws:iam::${AccountId}:role/OSAccess"; RoleSessionName = $Person
    }
    $call.StatusCode -eq 200
}

function Set-LocalAwsClock($Server, [datetimeoffset] $At) {
    $null = Invoke-RestMethod -Method Post -Uri "$($Server.Endpoint)_localaws/clock" -ContentType 'application/json' `
        -Body (@{ set = $At.UtcDateTime.ToString('yyyy-MM-ddTHH:mm:ssZ', [cultureinfo]::InvariantCulture) } | ConvertTo-Json)
}
