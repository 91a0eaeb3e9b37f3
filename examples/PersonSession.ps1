# Acting as a person (a hub IAM user) against LocalAws, the way they would with the AWS CLI: assume the OSAccess role
# with their own name as the session name, then start a Session Manager session. The AWS SDK for .NET comes from the
# built module's dependencies folder (the SDK OsAccess ships), loaded here beside OsAccess's isolated copy.
# Dot-sourced by examples/demo/30-Grant.ps1 and the Pester tests of the grant cmdlets.

function Import-PersonSdk([string] $ModulePath) {
    $dependencies = Join-Path (Split-Path $ModulePath) 'dependencies'
    foreach ($name in 'AWSSDK.Core', 'AWSSDK.SecurityToken', 'AWSSDK.SimpleSystemsManagement') {
        if (-not ([System.Runtime.Loader.AssemblyLoadContext]::Default.Assemblies | Where-Object { $_.GetName().Name -eq $name })) {
            Add-Type -Path (Join-Path $dependencies "$name.dll")
        }
    }
}

# The person's credentials for the role, or $null when AWS refuses them (AccessDenied).
function New-PersonRoleSession([string] $Endpoint, [string] $AccessKey, [string] $SecretKey, [string] $RoleArn, [string] $UserName) {
    $config = [Amazon.SecurityToken.AmazonSecurityTokenServiceConfig]::new()
    $config.ServiceURL = $Endpoint
    $config.AuthenticationRegion = 'us-east-1'
    $client = [Amazon.SecurityToken.AmazonSecurityTokenServiceClient]::new([Amazon.Runtime.BasicAWSCredentials]::new($AccessKey, $SecretKey), $config)
    try {
        $request = [Amazon.SecurityToken.Model.AssumeRoleRequest]::new()
        $request.RoleArn = $RoleArn
        $request.RoleSessionName = $UserName
        $credentials = $client.AssumeRoleAsync($request).GetAwaiter().GetResult().Credentials
        [Amazon.Runtime.SessionAWSCredentials]::new($credentials.AccessKeyId, $credentials.SecretAccessKey, $credentials.SessionToken)
    }
    catch [Amazon.SecurityToken.AmazonSecurityTokenServiceException] {
        if ($_.Exception.ErrorCode -ne 'AccessDenied') { throw }
        $null
    }
    finally { $client.Dispose() }
}

function New-PersonSsmClient([string] $Endpoint, $Credentials) {
    $config = [Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementConfig]::new()
    $config.ServiceURL = $Endpoint
    $config.AuthenticationRegion = 'us-east-1'
    [Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementClient]::new($Credentials, $config)
}

# Starts a session on the instance with the role credentials: its id, or $null when AWS refuses.
function Start-PersonSession([string] $Endpoint, $Credentials, [string] $Target) {
    $client = New-PersonSsmClient $Endpoint $Credentials
    try {
        $request = [Amazon.SimpleSystemsManagement.Model.StartSessionRequest]::new()
        $request.Target = $Target
        $client.StartSessionAsync($request).GetAwaiter().GetResult().SessionId
    }
    catch [Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementException] {
        if ($_.Exception.ErrorCode -notlike 'AccessDenied*') { throw }
        $null
    }
    finally { $client.Dispose() }
}

# OsAccess's own typed IAM client (OsAccess.Aws, loaded by the module in its own context), for setting up people and
# roles the way an administrator would with the console or the CLI. Credentials: an access key pair, and a session token
# for role credentials.
function New-LocalIamClient([string] $Endpoint, [string] $AccessKey, [string] $SecretKey, [string] $SessionToken) {
    $assembly = [System.Runtime.Loader.AssemblyLoadContext]::All.Assemblies | Where-Object { $_.GetName().Name -eq 'OsAccess.Aws' } | Select-Object -First 1
    # The first public constructor of the type with as many parameters as values given.
    $new = {
        param([string] $name, [object[]] $values)
        $constructor = $assembly.GetType($name, $true).GetConstructors() | Where-Object { $_.GetParameters().Count -eq $values.Count } | Select-Object -First 1
        $arguments = [object[]]::new($values.Count)
        for ($i = 0; $i -lt $values.Count; $i++) {
            $value = $values[$i]
            $arguments[$i] = if ($null -eq $value -or $value -is [NullString]) { $null } elseif ($value -is [psobject]) { $value.psobject.BaseObject } else { $value }
        }
        $constructor.Invoke($arguments)
    }
    $credentials = & $new 'OsAccess.Aws.Credentials.AwsCredentials' @($AccessKey, $SecretKey, $(if ($SessionToken) { $SessionToken } else { $null }), $null)
    $source = & $new 'OsAccess.Aws.Credentials.StaticCredentialSource' @(, $credentials)
    $iamEndpoint = & $new 'OsAccess.Aws.Http.AwsEndpoint' @([uri]$Endpoint, 'us-east-1', 'iam')
    $options = & $new 'OsAccess.Aws.Http.AwsClientOptions' @($iamEndpoint, $source)
    & $new 'OsAccess.Aws.Iam.IamClient' @(, $options)
}

function Wait-Task($Task) { $Task.GetAwaiter().GetResult() }

# A person in the hub: an IAM user with an access key and nothing else. Returns the key.
function New-HubPerson($Iam, [string] $UserName) {
    $none = [Threading.CancellationToken]::None
    $null = Wait-Task ($Iam.CreateUserAsync($UserName, [NullString]::Value, $null, $none))
    Wait-Task ($Iam.CreateAccessKeyAsync($UserName, $none))
}

