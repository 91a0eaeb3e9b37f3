# Seeds for LocalAws's organization (POST /_localaws/reset with a seed document; tests/LocalAws/README.md describes it).
# New-OrgSeed starts from LocalAws's default seed; Add-SeedScp attaches an SCP (targets: OU names, 'Root', account ids);
# Reset-LocalAws restarts the emulator's world from the seed; Get-LocalAwsOrganization answers the ids given by name.

function New-OrgSeed {
    $path = Join-Path $PSScriptRoot '../LocalAws/Seeding/default-seed.json'
    Get-Content $path -Raw | ConvertFrom-Json -AsHashtable
}

function Add-SeedScp {
    param(
        [Parameter(Mandatory, ValueFromPipeline)] [hashtable] $Seed,
        [Parameter(Mandatory, Position = 0)] [string] $Name,
        [Parameter(Mandatory, Position = 1)] [string] $Content,
        [Parameter(Mandatory, Position = 2)] [string[]] $Target
    )
    $Seed.organization.serviceControlPolicies = @($Seed.organization.serviceControlPolicies) + @(@{ name = $Name; content = $Content; targets = $Target })
    $Seed
}

function Reset-LocalAws {
    param([Parameter(Mandatory)] $Server, [Parameter(Mandatory)] [hashtable] $Seed)
    $null = Invoke-RestMethod -Method Post -Uri "$($Server.Endpoint)_localaws/reset" -Body ($Seed | ConvertTo-Json -Depth 20) -ContentType 'application/json'
}

function Get-LocalAwsRequestCount {
    param([Parameter(Mandatory)] $Server)
    Invoke-RestMethod -Uri "$($Server.Endpoint)_localaws/requests"
}

function Clear-LocalAwsRequestLog {
    param([Parameter(Mandatory)] $Server)
    $null = Invoke-RestMethod -Method Delete -Uri "$($Server.Endpoint)_localaws/requests"
}

function Get-LocalAwsOrganization {
    param([Parameter(Mandatory)] $Server)
    Invoke-RestMethod -Uri "$($Server.Endpoint)_localaws/organization"
}
