# The organization the report's tests read, in a LocalAws started by LocalAws.ps1 (dot-source GrantHub.ps1 too):
# 222222222222 holds the guardrail and the role as published; 333333333333 has the role but no guardrail; 444444444444
# neither (its role is made by hand). bob has an active grant with a long reason, carol a pending one; the hub's admin
# has standing access. Returns the grants made.
function Reset-ReportOrg($Server, [hashtable] $Aws) {
    Reset-GrantHub $Server
    $null = Publish-OSAccessScp @Aws -TargetId 222222222222
    $null = Publish-OSAccessRole @Aws -AccountId 222222222222, 333333333333 -HubAccountId 111111111111 -Force -Confirm:$false
    @(
        Grant-OSAccess @Aws -UserName bob -AccountId 222222222222 -Reason ('CHG-1 <patch> ' + ('x' * 120))
        Grant-OSAccess @Aws -UserName carol -AccountId 333333333333 -Start (Get-Date).AddDays(1) -Reason 'CHG-2'
    )
}
