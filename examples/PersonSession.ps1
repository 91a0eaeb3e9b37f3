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
