# The organization the report's tests read, in a LocalAws started by LocalAws.ps1 (dot-source GrantHub.ps1 too, and
# SignedAwsCall.ps1 and RequestHub.ps1 for Reset-ReportOrgWithRequests):
# 222222222222 holds the guardrail and the role as published; 333333333333 has the role but no guardrail; 444444444444
# neither (its role is made by hand). bob has an active grant with a long reason, carol a pending one; the hub's admin
# has standing access. Returns the grants made. -Hub goes to Reset-GrantHub (people and their policies).
function Reset-ReportOrg($Server, [hashtable] $Aws, [hashtable] $Hub = @{}) {
    Reset-GrantHub $Server @Hub
    $null = Publish-OSAccessScp @Aws -TargetId 222222222222
    $null = Publish-OSAccessRole @Aws -AccountId 222222222222, 333333333333 -HubAccountId 111111111111 -Force -Confirm:$false
    @(
        Grant-OSAccess @Aws -UserName bob -AccountId 222222222222 -Reason ('CHG-1 <patch> ' + ('x' * 120))
        Grant-OSAccess @Aws -UserName carol -AccountId 333333333333 -Start (Get-Date).AddDays(1) -Reason 'CHG-2'
    )
}

# The report's organization whose people also ask and decide (the policies of -Task Request and Approve, from
# RequestHub.ps1's Get-RequestPolicy): bob and erin ask, carol approves; auditor is an administrator denied ssm:DescribeOpsItems. bob's
# request (reason -Reason) is approved by carol, erin's first is denied and her second left pending. Returns the grants
# Reset-ReportOrg made (both direct) and the requests, as Get-OSAccessRequest lists them.
function Reset-ReportOrgWithRequests($Server, [hashtable] $Aws, [string] $Reason) {
    $requester = 'arn:aws:iam::111111111111:policy/OSAccessRequester'
    $denyRequests = '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"ssm:DescribeOpsItems","Resource":"*"}]}'
    $grants = Reset-ReportOrg $Server $Aws @{
        People = 'bob', 'carol', 'erin', 'auditor'
        ManagedPolicies = @{ bob = $requester; erin = $requester; carol = 'arn:aws:iam::111111111111:policy/OSAccessApprover'; auditor = 'arn:aws:iam::aws:policy/AdministratorAccess' }
        InlinePolicies = @{ auditor = @{ noRequests = $denyRequests } }
        Policies = @{ name = 'OSAccessRequester'; document = Get-RequestPolicy Request }, @{ name = 'OSAccessApprover'; document = Get-RequestPolicy Approve }
    }
    $bob, $erin, $carol = foreach ($person in 'bob', 'erin', 'carol') { , (Get-PersonAws $Server $person) }
    $null = Request-OSAccess @bob -AccountId 222222222222 -Reason $Reason | Approve-OSAccessRequest @carol -Comment 'ok "go"' -Confirm:$false
    $null = Request-OSAccess @erin -AccountId 333333333333 -Reason 'CHG-9' | Deny-OSAccessRequest @carol -Comment 'not now' -Confirm:$false
    $null = Request-OSAccess @erin -AccountId 333333333333 -Duration 2:00 -Reason 'CHG-10'
    [pscustomobject]@{ Grants = $grants; Requests = @(Get-OSAccessRequest @Aws) }
}
