BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    . (Join-Path $PSScriptRoot 'FakeSts.ps1')
    $script:sts = Start-FakeSts
    $script:savedEnv = @{}
    $script:awsVariables = 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_REGION', 'AWS_DEFAULT_REGION',
        'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_IAM', 'AWS_ENDPOINT_URL_STS', 'AWS_ENDPOINT_URL_SSM', 'AWS_ENDPOINT_URL_ORGANIZATIONS',
        'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS', 'AWS_EC2_METADATA_DISABLED', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_CONFIG_FILE'
    foreach ($name in $script:awsVariables) { $script:savedEnv[$name] = [Environment]::GetEnvironmentVariable($name) }
    . (Join-Path $PSScriptRoot 'FakeAwsCredentials.ps1')
    . (Join-Path $PSScriptRoot 'FreshPwsh.ps1')
}

AfterAll {
    $script:sts.Stop()
    foreach ($name in $script:awsVariables) { [Environment]::SetEnvironmentVariable($name, $script:savedEnv[$name]) }
}

Describe 'Get-OSAccessContext' {
    BeforeEach {
        foreach ($name in $script:awsVariables) { [Environment]::SetEnvironmentVariable($name, $null) }
        $env:AWS_EC2_METADATA_DISABLED = 'true'
        $env:AWS_SHARED_CREDENTIALS_FILE = Join-Path $TestDrive 'no-credentials'
        $env:AWS_CONFIG_FILE = Join-Path $TestDrive 'no-config'
        Remove-Variable -Name StoredAWSCredentials, StoredAWSRegion -Scope Global -ErrorAction SilentlyContinue
        $script:before = $script:sts.Requests.Count
    }

    Context 'identity and endpoints' {
        It 'shows the caller identity, region and endpoint reached with explicit keys' {
            $context = Get-OSAccessContext -AccessKey AKIAPARAMETER -SecretKey s -Region ap-northeast-1 -EndpointUrl $script:sts.Url

            $context.Account | Should -Be '111111111111'
            $context.Arn | Should -Be 'arn:aws:iam::111111111111:user/AKIAPARAMETER'
            $context.Region | Should -Be 'ap-northeast-1'
            $context.RegionSource | Should -Be '-Region parameter'
            $context.CredentialSource | Should -Be '-AccessKey/-SecretKey parameters'
            $context.StsEndpoint | Should -Be $script:sts.Url
            $context.IamEndpoint | Should -Be $script:sts.Url
            $context.EndpointSource | Should -Be '-EndpointUrl'
            $context.PSObject.TypeNames[0] | Should -Be 'OsAccess.PowerShell.Context.OSAccessContext'
        }

        It 'shows account, ARN, region and credential source by default, each whole at 80 columns' {
            $text = Get-OSAccessContext -AK AKIATABLE -SK s -Region us-west-2 -EndpointUrl $script:sts.Url | Out-String -Width 80

            $text | Should -Match '(?m)^Account\s+: 111111111111\r?$'
            $text | Should -Match '(?m)^Arn\s+: arn:aws:iam::111111111111:user/AKIATABLE\r?$'
            $text | Should -Match '(?m)^Region\s+: us-west-2 \(-Region parameter\)\r?$'
            $text | Should -Match '(?m)^CredentialSource : -AccessKey/-SecretKey parameters\r?$'
            $text | Should -Not -Match 'IamEndpoint'
        }

        It 'signs for the region it reports' {
            $null = Get-OSAccessContext -AK AKIAPARAMETER -SK s -Region eu-west-3 -EndpointUrl $script:sts.Url

            ($script:sts.Requests.ToArray() | Select-Object -Last 1).Authorization | Should -Match '/eu-west-3/sts/aws4_request'
        }

        It 'follows AWS_ENDPOINT_URL_STS over AWS_ENDPOINT_URL, and -EndpointUrl over both' {
            $env:AWS_ENDPOINT_URL_STS = $script:sts.Url
            $env:AWS_ENDPOINT_URL = 'http://127.0.0.1:9/'

            $context = Get-OSAccessContext -AccessKey AKIAENV -SecretKey s -Region us-east-1

            $context.StsEndpoint | Should -Be $script:sts.Url
            $context.EndpointSource | Should -Be '$env:AWS_ENDPOINT_URL_STS'
            $context.IamEndpoint | Should -Be 'http://127.0.0.1:9/'
            (Get-OSAccessContext -AccessKey AKIAENV -SecretKey s -Region us-east-1 -EndpointUrl $script:sts.Url).IamEndpoint | Should -Be $script:sts.Url
        }

        It 'follows the endpoint_url of the profile in use, after the variables' {
            # AWSSDK.Core fixes the config file's path at its first use in a process: this case runs in a fresh pwsh.
            Set-Content -Path $env:AWS_CONFIG_FILE -Value "[default]`nendpoint_url = $($script:sts.Url)`n[profile lab]`naws_access_key_id = AKIALAB`naws_secret_access_key = s`nendpoint_url = $($script:sts.Url)`n"
            $script = @'
Import-Module $env:OSACCESS_MODULE
$keys = Get-OSAccessContext -AccessKey AKIAKEYS -SecretKey s -Region us-east-1 -ErrorAction Stop
$lab = Get-OSAccessContext -ProfileName lab -Region us-east-1 -ErrorAction Stop
$env:AWS_ENDPOINT_URL_IAM = 'http://127.0.0.1:9/'
$variable = Get-OSAccessContext -ProfileName lab -Region us-east-1 -ErrorAction Stop
"$($keys.Arn)|$($keys.StsEndpoint)|$($keys.EndpointSource)"
"$($lab.Arn)|$($lab.EndpointSource)|$($lab.SsmEndpoint)"
"$($variable.IamEndpoint)|$($variable.StsEndpoint)"
'@

            try { $lines = Invoke-FreshPwshScript $script }
            finally { Remove-Item $env:AWS_CONFIG_FILE }

            $lines | Should -Be @(
                "arn:aws:iam::111111111111:user/AKIAKEYS|$($script:sts.Url)|profile 'default' endpoint_url"
                "arn:aws:iam::111111111111:user/AKIALAB|profile 'lab' endpoint_url|$($script:sts.Url)"
                "http://127.0.0.1:9/|$($script:sts.Url)"
            )
        }

        It 'shows AWS''s own endpoints when nothing overrides them' {
            # Nothing is sent to AWS: the fake answers because AWS_ENDPOINT_URL_STS points at it.
            $env:AWS_ENDPOINT_URL_STS = $script:sts.Url
            $context = Get-OSAccessContext -AccessKey AKIAENV -SecretKey s -Region eu-central-1

            $context.IamEndpoint | Should -Be 'https://iam.amazonaws.com/'
            $context.OrganizationsEndpoint | Should -Be 'https://organizations.us-east-1.amazonaws.com/'
            $context.SsmEndpoint | Should -Be 'https://ssm.eu-central-1.amazonaws.com/'
        }
    }

    Context 'credential precedence' {
        BeforeEach {
            $env:AWS_ENDPOINT_URL = $script:sts.Url
            $env:AWS_REGION = 'us-east-1'
            $env:AWS_ACCESS_KEY_ID = 'AKIAENVIRONMENT'
            $env:AWS_SECRET_ACCESS_KEY = 'env-secret'
            Set-Content -Path (Join-Path $TestDrive 'creds') -Value "[named]`naws_access_key_id = AKIANAMEDPROFILE`naws_secret_access_key = named-secret`n"
        }

        It 'uses environment variables when nothing else is given' {
            $context = Get-OSAccessContext
            $context.Arn | Should -BeLike '*/AKIAENVIRONMENT'
            $context.CredentialSource | Should -Be 'environment variables'
        }

        It 'prefers $StoredAWSCredentials over the environment' {
            $global:StoredAWSCredentials = New-FakeAwsCredential 'AKIASTORED'
            (Get-OSAccessContext).Arn | Should -BeLike '*/AKIASTORED'
        }

        It 'prefers -Credential over $StoredAWSCredentials' {
            $global:StoredAWSCredentials = New-FakeAwsCredential 'AKIASTORED'
            $context = Get-OSAccessContext -Credential (New-FakeAwsCredential 'AKIAOBJECT')
            $context.Arn | Should -BeLike '*/AKIAOBJECT'
            $context.CredentialSource | Should -Be '-Credential parameter'
        }

        It 'prefers -Credential over a named profile, as AWS.Tools 5 does' {
            $context = Get-OSAccessContext -ProfileName named -ProfileLocation (Join-Path $TestDrive 'creds') -Credential (New-FakeAwsCredential 'AKIAOBJECT')
            $context.Arn | Should -BeLike '*/AKIAOBJECT'
            $context.CredentialSource | Should -Be '-Credential parameter'
        }

        It 'prefers a named profile over $StoredAWSCredentials' {
            $global:StoredAWSCredentials = New-FakeAwsCredential 'AKIASTORED'
            $context = Get-OSAccessContext -ProfileName named -ProfileLocation (Join-Path $TestDrive 'creds')
            $context.Arn | Should -BeLike '*/AKIANAMEDPROFILE'
            $context.CredentialSource | Should -Be "profile 'named'"
        }

        It 'accepts the AWS.Tools aliases StoredCredentials, AWSProfileName and AWSProfilesLocation' {
            (Get-OSAccessContext -StoredCredentials named -AWSProfilesLocation (Join-Path $TestDrive 'creds')).Arn | Should -BeLike '*/AKIANAMEDPROFILE'
            (Get-OSAccessContext -AWSProfileName named -ProfilesLocation (Join-Path $TestDrive 'creds')).Arn | Should -BeLike '*/AKIANAMEDPROFILE'
        }

        It 'prefers explicit keys over a named profile' {
            (Get-OSAccessContext -AccessKey AKIAKEYS -SecretKey s -ProfileName named -ProfileLocation (Join-Path $TestDrive 'creds')).Arn | Should -BeLike '*/AKIAKEYS'
        }

        It 'fails on a missing named profile instead of falling back to the environment' {
            { Get-OSAccessContext -ProfileName absent -ProfileLocation (Join-Path $TestDrive 'creds') -ErrorAction Stop } |
                Should -Throw -ErrorId 'OSAccessCredentialsNotFound,OsAccess.PowerShell.Context.GetOSAccessContextCommand'
            $script:sts.Requests.Count | Should -Be $script:before
        }

        It 'takes the common parameters from the pipeline by property name' {
            $context = [pscustomobject]@{ AccessKey = 'AKIAPIPED'; SecretKey = 's'; Region = 'sa-east-1' } | Get-OSAccessContext
            $context.Arn | Should -BeLike '*/AKIAPIPED'
            $context.Region | Should -Be 'sa-east-1'
        }
    }

    Context 'region completion' {
        It 'completes -Region with region names' {
            $line = 'Get-OSAccessContext -Region ap-northeast-'
            $completions = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText

            $completions | Should -Be @('ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3')
        }
    }

    Context 'region precedence' {
        BeforeEach { $env:AWS_ENDPOINT_URL = $script:sts.Url }

        It 'uses -Region, then $StoredAWSRegion, then AWS_REGION' {
            $env:AWS_REGION = 'eu-west-1'
            $global:StoredAWSRegion = 'ap-southeast-2'
            (Get-OSAccessContext -AK AKIA1 -SK s -Region ca-central-1).Region | Should -Be 'ca-central-1'
            (Get-OSAccessContext -AK AKIA1 -SK s).RegionSource | Should -Be '$StoredAWSRegion'
            Remove-Variable -Name StoredAWSRegion -Scope Global
            (Get-OSAccessContext -AK AKIA1 -SK s).Region | Should -Be 'eu-west-1'
        }

        It 'takes a region object of AWS.Tools or AWSSDK.Core for -Region and $StoredAWSRegion, by its name' {
            # Shaped like AWS.Tools' AWSRegion (Get-AWSRegion) and AWSSDK.Core's RegionEndpoint; neither assembly is loaded.
            $awsRegion = [pscustomobject]@{ Region = 'ap-southeast-1'; Name = 'Asia Pacific (Singapore)'; IsShellDefault = $false }
            $regionEndpoint = [pscustomobject]@{ SystemName = 'eu-south-1'; DisplayName = 'Europe (Milan)' }

            (Get-OSAccessContext -AK AKIA1 -SK s -Region $awsRegion).Region | Should -Be 'ap-southeast-1'
            (Get-OSAccessContext -AK AKIA1 -SK s -Region $regionEndpoint).Region | Should -Be 'eu-south-1'
            ([pscustomobject]@{ AccessKey = 'AKIA1'; SecretKey = 's'; Region = $regionEndpoint } | Get-OSAccessContext).Region | Should -Be 'eu-south-1'
            $global:StoredAWSRegion = $awsRegion
            $context = Get-OSAccessContext -AK AKIA1 -SK s
            $context.Region | Should -Be 'ap-southeast-1'
            $context.RegionSource | Should -Be '$StoredAWSRegion'
            ($script:sts.Requests.ToArray() | Select-Object -Last 1).Authorization | Should -Match '/ap-southeast-1/sts/aws4_request'
        }

        It 'refuses a region AWS does not have, with the nearest names, before calling anything' {
            $env:AWS_ENDPOINT_URL = $null
            foreach ($case in @{ Region = 'us-east-9'; Nearest = 'us-east-1 or us-east-2' }, @{ Region = 'useast1'; Nearest = 'us-east-1' }) {
                $failure = $null
                try { Get-OSAccessContext -AK AKIA1 -SK s -Region $case.Region -ErrorAction Stop } catch { $failure = $_ }

                $failure.FullyQualifiedErrorId | Should -Be 'OSAccessInputInvalid,OsAccess.PowerShell.Context.GetOSAccessContextCommand'
                $failure.Exception.Message | Should -BeLike "'$($case.Region)' (from -Region parameter) is not an AWS region: did you mean $($case.Nearest)? *-EndpointUrl*"
            }
            $script:sts.Requests.Count | Should -Be $script:before
        }

        It 'takes any region name when an endpoint is configured' {
            (Get-OSAccessContext -AK AKIA1 -SK s -Region local-1).Region | Should -Be 'local-1'
            ($script:sts.Requests.ToArray() | Select-Object -Last 1).Authorization | Should -Match '/local-1/sts/aws4_request'
        }

        It 'fails with OSAccessRegionNotFound when no region is anywhere' {
            { Get-OSAccessContext -AK AKIA1 -SK s -ErrorAction Stop } | Should -Throw -ErrorId 'OSAccessRegionNotFound,OsAccess.PowerShell.Context.GetOSAccessContextCommand'
        }
    }

    Context 'errors and logging' {
        It 'maps AccessDenied to PermissionDenied with a stable ErrorId' {
            $failure = $null
            try { Get-OSAccessContext -AK AKIADENIED -SK s -Region us-east-1 -EndpointUrl $script:sts.Url -ErrorAction Stop } catch { $failure = $_ }

            $failure.FullyQualifiedErrorId | Should -Be 'STS.AccessDenied,OsAccess.PowerShell.Context.GetOSAccessContextCommand'
            $failure.CategoryInfo.Category | Should -Be 'PermissionDenied'
            $failure.ErrorDetails.Message | Should -Match 'denied-1'
        }

        It 'names the endpoint, its source and what to check when nothing AWS answers there' {
            $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
            $probe.Start(); $closed = "http://127.0.0.1:$($probe.LocalEndpoint.Port)/"; $probe.Stop()
            $env:AWS_ENDPOINT_URL = $closed
            $failure = $null
            try { Get-OSAccessContext -AK AKIA1 -SK s -Region us-east-1 -ErrorAction Stop } catch { $failure = $_ }

            $failure.FullyQualifiedErrorId | Should -Be 'OSAccessConnectionFailed,OsAccess.PowerShell.Context.GetOSAccessContextCommand'
            $failure.CategoryInfo.Category | Should -Be 'ConnectionError'
            $failure.Exception.Message | Should -Be "STS GetCallerIdentity: $closed (from `$env:AWS_ENDPOINT_URL) refused the connection: is the service running there, and is the port right?"
        }

        It 'refuses a malformed -EndpointUrl before calling anything' {
            { Get-OSAccessContext -AK AKIA1 -SK s -Region us-east-1 -EndpointUrl 'not a url' -ErrorAction Stop } |
                Should -Throw -ErrorId 'OSAccessInputInvalid,OsAccess.PowerShell.Context.GetOSAccessContextCommand'
        }

        It 'logs each call with -Verbose and never a secret, token or signature' {
            $verbose = Get-OSAccessContext -AK AKIAVERBOSE -SK 'very-secret-key' -ST 'very-secret-token' -Region us-east-1 -EndpointUrl $script:sts.Url -Verbose 4>&1 |
                Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message

            $verbose | Should -Contain 'AWS credentials from -AccessKey/-SecretKey parameters; region us-east-1 from -Region parameter.'
            ($verbose | Where-Object { $_ -like 'STS GetCallerIdentity *' }) | Should -Match 'region=us-east-1 attempt=1 latency=\d+ms status=200'
            ($verbose -join "`n") | Should -Not -Match 'very-secret|Signature='
            ($script:sts.Requests.ToArray() | Select-Object -Last 1).Token | Should -Be 'very-secret-token'
        }
    }

    Context 'stopping' {
        BeforeAll {
            # Runs Get-OSAccessContext against an STS that never answers, stops the pipeline as Ctrl+C does once the first
            # call has arrived, then lets the STS answer; returns whether the stop ended the pipeline and what STS received.
            function Stop-WhileStsHangs([hashtable] $Parameters) {
                $hanging = Start-FakeSts -Hang
                $ps = [powershell]::Create()
                $invocation = $null
                try {
                    $null = $ps.AddCommand('Import-Module').AddArgument($env:OSACCESS_MODULE).AddStatement().
                        AddCommand('Get-OSAccessContext').AddParameter('AccessKey', 'AKIAHANG').AddParameter('SecretKey', 's').
                        AddParameter('Region', 'us-east-1').AddParameter('EndpointUrl', $hanging.Url).AddParameters($Parameters)
                    $invocation = $ps.BeginInvoke()
                    $deadline = [DateTime]::UtcNow.AddSeconds(60)
                    while ($hanging.Requests.Count -eq 0 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
                    $first = $hanging.Requests.Count

                    # The fake never answers and the HTTP timeout is 60 s: only cancellation ends the call within this bound.
                    $stopped = $ps.BeginStop($null, $null).AsyncWaitHandle.WaitOne([TimeSpan]::FromSeconds(30))
                    $result = [pscustomobject]@{
                        RequestsBeforeStop = $first
                        Stopped = $stopped
                        State = $ps.InvocationStateInfo.State
                        RequestsAtStop = $hanging.Requests.Count
                        Requests = $null
                    }
                    $hanging.Release()
                    $null = $invocation.AsyncWaitHandle.WaitOne([TimeSpan]::FromSeconds(30))
                    $result.Requests = $hanging.Requests.ToArray()
                    $result
                } finally {
                    $hanging.Release()
                    if ($invocation) { $null = $invocation.AsyncWaitHandle.WaitOne([TimeSpan]::FromSeconds(90)) }
                    $hanging.Stop()
                    $ps.Dispose()
                }
            }
        }

        It 'cancels the AWS call in flight when the pipeline is stopped, as Ctrl+C does' {
            $run = Stop-WhileStsHangs @{}

            $run.RequestsBeforeStop | Should -Be 1
            $run.Stopped | Should -BeTrue
            $run.State | Should -Be 'Stopped'
            $run.RequestsAtStop | Should -Be 1 -Because 'a cancelled call is not retried'
        }

        It 'cancels the calls in flight and starts no other account when stopped while member accounts are reached' {
            $run = Stop-WhileStsHangs @{ AccountId = [string[]]('222222222222', '333333333333', '444444444444', '555555555555'); ThrottleLimit = 1 }

            $run.RequestsBeforeStop | Should -Be 1
            $run.Stopped | Should -BeTrue
            $run.State | Should -Be 'Stopped'
            @($run.Requests | Where-Object Body -Match 'RoleArn=arn:aws:iam::(333333333333|444444444444|555555555555):') |
                Should -BeNullOrEmpty -Because 'no account starts once the pipeline is stopped'
        }
    }

    Context 'member accounts' {
        BeforeEach {
            $env:AWS_ENDPOINT_URL = $script:sts.Url
            $env:AWS_REGION = 'us-east-1'
        }

        It 'shows the identity reached in each member account through the cross-account role' {
            $contexts = Get-OSAccessContext -AK AKIAHUB -SK s -AccountId 222222222222, 333333333333 | Sort-Object Account

            $contexts.Account | Should -Be '222222222222', '333333333333'
            $contexts[0].Arn | Should -Be 'arn:aws:sts::222222222222:assumed-role/OrganizationAccountAccessRole/OsAccess'
            $contexts[0].AssumedRole | Should -Be 'arn:aws:iam::222222222222:role/OrganizationAccountAccessRole'
            $contexts[0].CredentialSource | Should -Be 'role OrganizationAccountAccessRole assumed with credentials from -AccessKey/-SecretKey parameters'
        }

        It 'assumes each role once however often its account arrives' {
            $accounts = '444444444444', '444444444444', '555555555555' | ForEach-Object { [pscustomobject]@{ Id = $_ } }
            $null = $accounts | Get-OSAccessContext -AK AKIAHUB -SK s -CrossAccountRoleName OSAccessAdmin -ExternalId ext-1

            $assumed = $script:sts.Requests.ToArray() | Select-Object -Skip $script:before | Where-Object Body -Match 'Action=AssumeRole' | Sort-Object Body
            @($assumed).Count | Should -Be 2
            $assumed[0].Body | Should -Match 'RoleArn=arn:aws:iam::444444444444:role/OSAccessAdmin'
            $assumed[0].Body | Should -Match 'ExternalId=ext-1'
            $assumed[0].AccessKey | Should -Be 'AKIAHUB'
        }

        It 'keeps -RoleName, the old name of -CrossAccountRoleName, as its alias' {
            $context = Get-OSAccessContext -AK AKIAHUB -SK s -AccountId 121212121212 -RoleName OSAccessAdmin

            $context.AssumedRole | Should -Be 'arn:aws:iam::121212121212:role/OSAccessAdmin'
            (Get-Command Get-OSAccessContext).Parameters['CrossAccountRoleName'].Aliases | Should -Be 'RoleName'
        }

        It 'refuses a -ThrottleLimit below 1 before calling anything' {
            { Get-OSAccessContext -AK AKIAHUB -SK s -AccountId 222222222222 -ThrottleLimit 0 -ErrorAction Stop } |
                Should -Throw -ErrorId 'ParameterArgumentValidationError,OsAccess.PowerShell.Context.GetOSAccessContextCommand'
            $script:sts.Requests.Count | Should -Be $script:before
        }

        It 'reaches every account, however many at once' -ForEach @(@{ Limit = 1 }, @{ Limit = 3 }, @{ Limit = 64 }) {
            $accounts = 1..12 | ForEach-Object { '1000000000{0:d2}' -f $_ }

            $contexts = Get-OSAccessContext -AK AKIAHUB -SK s -AccountId $accounts -ThrottleLimit $Limit

            $contexts.Account | Sort-Object | Should -Be $accounts
            $assumed = $script:sts.Requests.ToArray() | Select-Object -Skip $script:before | Where-Object Body -Match 'Action=AssumeRole'
            @($assumed).Count | Should -Be 12
        }

        It 'shows its progress: accounts done of accounts given, and the account in hand' {
            $ps = [powershell]::Create()
            try {
                $null = $ps.AddCommand('Import-Module').AddArgument($env:OSACCESS_MODULE).AddStatement().
                    AddCommand('Get-OSAccessContext').AddParameter('AccessKey', 'AKIAHUB').AddParameter('SecretKey', 's').
                    AddParameter('AccountId', [string[]]('222222222222', '333333333333', '999999999999'))
                $contexts = $ps.Invoke()

                @($contexts).Count | Should -Be 2
                $progress = @($ps.Streams.Progress | Where-Object Activity -eq 'Get-OSAccessContext')
                $progress.Count | Should -Be 7 -Because 'one record as each of 3 accounts starts and ends, and one to close'
                $progress[-2].StatusDescription | Should -Be '3 of 3 accounts done, 0 in progress'
                $progress[-2].PercentComplete | Should -Be 100
                $progress[-1].RecordType | Should -Be 'Completed'
                ($progress.CurrentOperation | Where-Object { $_ } | Sort-Object -Unique) | Should -Be 'account 222222222222', 'account 333333333333', 'account 999999999999'
                @($ps.Streams.Error).Count | Should -Be 1
            } finally {
                $ps.Dispose()
            }
        }

        It 'assumes the role again for a record that brings other credentials' {
            $records = [pscustomobject]@{ Id = '888888888888'; AccessKey = 'AKIAFIRST' }, [pscustomobject]@{ Id = '888888888888'; AccessKey = 'AKIASECOND' }
            $null = $records | Get-OSAccessContext -SK s

            $assumed = $script:sts.Requests.ToArray() | Select-Object -Skip $script:before | Where-Object Body -Match 'Action=AssumeRole'
            $assumed.AccessKey | Sort-Object | Should -Be 'AKIAFIRST', 'AKIASECOND'
        }

        It 'accepts accounts piped by their Id or AccountId property' {
            ([pscustomobject]@{ Id = '666666666666' } | Get-OSAccessContext -AK AKIAHUB -SK s).Account | Should -Be '666666666666'
            ([pscustomobject]@{ AccountId = '666666666666'; Region = 'eu-west-1' } | Get-OSAccessContext -AK AKIAHUB -SK s).Region | Should -Be 'eu-west-1'
        }

        It 'rejects an account id that is not 12 digits' {
            { Get-OSAccessContext -AK AKIAHUB -SK s -AccountId 12345 -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError,OsAccess.PowerShell.Context.GetOSAccessContextCommand'
        }

        It 'refuses a -RoleName that IAM would refuse when binding it, before calling STS' {
            { Get-OSAccessContext -AK AKIAHUB -SK s -AccountId 222222222222 -RoleName 'role/OSAccess' -ErrorAction Stop } |
                Should -Throw -ErrorId 'ParameterArgumentValidationError,OsAccess.PowerShell.Context.GetOSAccessContextCommand' -ExpectedMessage "*'role/OSAccess' is not a valid IAM role name: use 1 to 64 letters*"
            $script:sts.Requests.ToArray() | Select-Object -Skip $script:before | Where-Object Body -Match 'Action=AssumeRole' | Should -BeNullOrEmpty
        }

        It 'writes one error per account it cannot reach and goes on' {
            $errors = $null
            $contexts = Get-OSAccessContext -AK AKIAHUB -SK s -AccountId 999999999999, 777777777777 -ThrottleLimit 1 -ErrorVariable errors -ErrorAction SilentlyContinue

            @($contexts).Account | Should -Be '777777777777'
            @($errors).Count | Should -Be 1
            $errors[0].FullyQualifiedErrorId | Should -Be 'STS.AccessDenied,OsAccess.PowerShell.Context.GetOSAccessContextCommand'
            $errors[0].TargetObject | Should -Be '999999999999'
        }
    }

    Context 'against LocalAws' {
        BeforeAll {
            . (Join-Path $PSScriptRoot 'LocalAws.ps1')
            $script:localAws = Start-LocalAws
        }

        AfterAll { $script:localAws.Stop() }

        It 'shows the seeded admin, reached through AWS_ENDPOINT_URL alone' {
            $env:AWS_ENDPOINT_URL = $script:localAws.Endpoint
            $env:AWS_ACCESS_KEY_ID = $script:localAws.AccessKeyId
            $env:AWS_SECRET_ACCESS_KEY = $script:localAws.SecretAccessKey
            $env:AWS_REGION = 'us-east-1'

            $context = Get-OSAccessContext

            $context.Arn | Should -Be 'arn:aws:iam::111111111111:user/admin'
            $context.EndpointSource | Should -Be '$env:AWS_ENDPOINT_URL'
        }

        It 'reaches member accounts through OrganizationAccountAccessRole' {
            $contexts = Get-OSAccessContext -AK $script:localAws.AccessKeyId -SK $script:localAws.SecretAccessKey -Region us-east-1 `
                -EndpointUrl $script:localAws.Endpoint -AccountId 222222222222, 333333333333 | Sort-Object Account

            $contexts.Account | Should -Be '222222222222', '333333333333'
            $contexts.Arn | Should -BeLike 'arn:aws:sts::*:assumed-role/OrganizationAccountAccessRole/*'
        }

        It 'reaches the members two at a time under latency, assuming each role once, and reports the account it cannot reach' {
            $admin = "$($script:localAws.Endpoint)_localaws"
            $null = Invoke-RestMethod -Method Delete "$admin/requests"
            $null = Invoke-RestMethod -Method Post "$admin/faults" -ContentType 'application/json' -Body '{"kind":"latency","service":"sts","latencyMs":200}'
            try {
                $errors = $null
                $contexts = Get-OSAccessContext -AK $script:localAws.AccessKeyId -SK $script:localAws.SecretAccessKey -Region us-east-1 `
                    -EndpointUrl $script:localAws.Endpoint -AccountId 222222222222, 333333333333, 444444444444, 555555555555 -ThrottleLimit 2 `
                    -ErrorVariable errors -ErrorAction SilentlyContinue
                $log = Invoke-RestMethod "$admin/requests"
            } finally {
                $null = Invoke-RestMethod -Method Delete "$admin/faults"
            }

            $contexts.Account | Sort-Object | Should -Be '222222222222', '333333333333', '444444444444'
            $errors.TargetObject | Should -Be '555555555555'
            $log.counts.'sts:AssumeRole' | Should -Be 4
            $log.counts.'sts:GetCallerIdentity' | Should -Be 3
        }

        It 'reports the AccessDenied of a user who may not assume the role' {
            $errors = $null
            $contexts = Get-OSAccessContext -AK AKIAALICEEXAMPLE0001 -SK aliceSecretKeyEXAMPLEaliceSecretKeyEXAMP -Region us-east-1 `
                -EndpointUrl $script:localAws.Endpoint -AccountId 222222222222 -ErrorVariable errors -ErrorAction SilentlyContinue

            $contexts | Should -BeNullOrEmpty
            $errors[0].FullyQualifiedErrorId | Should -Be 'STS.AccessDenied,OsAccess.PowerShell.Context.GetOSAccessContextCommand'
            $errors[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
            $errors[0].Exception.Message | Should -Match 'user/alice is not authorized to perform: sts:AssumeRole'
        }

        Context 'assume-role profiles' {
            BeforeEach {
                $script:roleConfig = Join-Path $TestDrive 'role-config'
                $script:roleScript = @'
Import-Module $env:OSACCESS_MODULE
foreach ($name in 'ops', 'change') {
    try { (Get-OSAccessContext -ProfileName $name -EndpointUrl $env:LOCALAWS_ENDPOINT -ErrorAction Stop).Arn }
    catch { "$($_.FullyQualifiedErrorId)|$($_.Exception.Message)" }
}
'@
                Set-Content -Path $script:roleConfig -Value (
                    "[profile base]`naws_access_key_id = $($script:localAws.AccessKeyId)`naws_secret_access_key = $($script:localAws.SecretAccessKey)`nregion = us-east-1`n" +
                    "[profile ops]`nrole_arn = arn:aws:iam::222222222222:role/OrganizationAccountAccessRole`nsource_profile = base`nregion = us-east-1`n" +
                    "[profile change]`nrole_arn = arn:aws:iam::333333333333:role/OrganizationAccountAccessRole`nsource_profile = base`nrole_session_name = change-1234`nregion = us-east-1`n")
                $null = Invoke-RestMethod -Method Delete -Uri "$($script:localAws.Endpoint)_localaws/requests"
            }

            It 'assumes the role at -EndpointUrl, named after the source identity or role_session_name' {
                $lines = Invoke-FreshPwshScript $script:roleScript -Environment @{ AWS_CONFIG_FILE = $script:roleConfig; LOCALAWS_ENDPOINT = $script:localAws.Endpoint }

                $lines | Should -Be @(
                    'arn:aws:sts::222222222222:assumed-role/OrganizationAccountAccessRole/admin'
                    'arn:aws:sts::333333333333:assumed-role/OrganizationAccountAccessRole/change-1234'
                )
                $entries = (Invoke-RestMethod -Uri "$($script:localAws.Endpoint)_localaws/requests").entries
                $assumed = @($entries | Where-Object operation -eq 'AssumeRole')
                $assumed.caller | Should -Be 'arn:aws:iam::111111111111:user/admin', 'arn:aws:iam::111111111111:user/admin'
                $assumed.status | Should -Be 200, 200
                # Each session's later calls carry its name: what CloudTrail shows for every call made with the role.
                ($entries | Where-Object operation -eq 'GetCallerIdentity').caller | Should -Contain 'arn:aws:sts::333333333333:assumed-role/OrganizationAccountAccessRole/change-1234' 
            }
        }

        Context 'IAM Identity Center profiles' {
            BeforeEach {
                $script:signIn = Invoke-RestMethod -Method Post -Uri "$($script:localAws.Endpoint)_localaws/sso/tokens" -Body '{"userName":"alice@example.com"}'
                $script:startUrl = 'https://example.awsapps.com/start'
                $script:ssoScript = @'
Import-Module $env:OSACCESS_MODULE
try {
    $context = Get-OSAccessContext -ProfileName hub -ErrorAction Stop @args
    "$($context.Account)|$($context.Arn)|$($context.CredentialSource)"
} catch { "$($_.FullyQualifiedErrorId)|$($_.Exception.Message)" }
'@
            }

            It 'reaches the role of a legacy profile (sso_start_url, sso_region) through the portal at -EndpointUrl' {
                $config = "[profile hub]`nsso_start_url = $($script:startUrl)`nsso_region = us-east-1`nsso_account_id = 222222222222`nsso_role_name = OrganizationAccountAccessRole`nregion = us-east-1`n"
                $ssoHome = New-SsoHome -Path (Join-Path $TestDrive 'legacy') -Config $config -CacheKey $script:startUrl -StartUrl $script:startUrl `
                    -AccessToken $script:signIn.accessToken -ExpiresAt ([datetime]::UtcNow.AddHours(1))
                $null = Invoke-RestMethod -Method Delete -Uri "$($script:localAws.Endpoint)_localaws/requests"

                $lines = Invoke-FreshPwshScript ($script:ssoScript -replace '@args', "-EndpointUrl $($script:localAws.Endpoint)") -Environment @{ HOME = $ssoHome; AWS_CONFIG_FILE = $null }

                $lines | Should -Be "222222222222|arn:aws:sts::222222222222:assumed-role/OrganizationAccountAccessRole/alice@example.com|profile 'hub'"
                $log = Invoke-RestMethod -Uri "$($script:localAws.Endpoint)_localaws/requests"
                $log.counts.'sso:GetRoleCredentials' | Should -Be 1
            }

            It 'reaches the role of an sso_session profile through the portal that AWS_ENDPOINT_URL_SSO names' {
                $config = "[profile hub]`nsso_session = corp`nsso_account_id = 333333333333`nsso_role_name = OrganizationAccountAccessRole`nregion = eu-west-1`n" +
                    "[sso-session corp]`nsso_start_url = $($script:startUrl)`nsso_region = us-east-1`nsso_registration_scopes = sso:account:access`n"
                $ssoHome = New-SsoHome -Path (Join-Path $TestDrive 'session') -Config $config -CacheKey 'corp' -StartUrl $script:startUrl `
                    -AccessToken $script:signIn.accessToken -ExpiresAt ([datetime]::UtcNow.AddHours(1))

                $lines = Invoke-FreshPwshScript ($script:ssoScript -replace '@args', '') -Environment @{
                    HOME = $ssoHome; AWS_CONFIG_FILE = $null; AWS_ENDPOINT_URL_SSO = $script:localAws.Endpoint; AWS_ENDPOINT_URL_STS = $script:localAws.Endpoint }

                $lines | Should -Be "333333333333|arn:aws:sts::333333333333:assumed-role/OrganizationAccountAccessRole/alice@example.com|profile 'hub'"
            }

            It 'says to run aws sso login when the cached token has expired, and calls nothing' {
                $config = "[profile hub]`nsso_session = corp`nsso_account_id = 222222222222`nsso_role_name = OrganizationAccountAccessRole`nregion = us-east-1`n" +
                    "[sso-session corp]`nsso_start_url = $($script:startUrl)`nsso_region = us-east-1`n"
                $ssoHome = New-SsoHome -Path (Join-Path $TestDrive 'expired') -Config $config -CacheKey 'corp' -StartUrl $script:startUrl `
                    -AccessToken $script:signIn.accessToken -ExpiresAt ([datetime]::UtcNow.AddMinutes(-1))
                $null = Invoke-RestMethod -Method Delete -Uri "$($script:localAws.Endpoint)_localaws/requests"

                $lines = Invoke-FreshPwshScript ($script:ssoScript -replace '@args', "-EndpointUrl $($script:localAws.Endpoint)") -Environment @{ HOME = $ssoHome; AWS_CONFIG_FILE = $null }

                $lines | Should -Be "OSAccessCredentialsNotFound,OsAccess.PowerShell.Context.GetOSAccessContextCommand|The SSO token for profile 'hub' has expired: run ``aws sso login --profile hub``."
                (Invoke-RestMethod -Uri "$($script:localAws.Endpoint)_localaws/requests").total | Should -Be 0
            }
        }

        It 'fails with InvalidClientTokenId for a key LocalAws does not know' {
            { Get-OSAccessContext -AK AKIAUNKNOWN -SK s -Region us-east-1 -EndpointUrl $script:localAws.Endpoint -ErrorAction Stop } |
                Should -Throw -ErrorId 'STS.InvalidClientTokenId,OsAccess.PowerShell.Context.GetOSAccessContextCommand'
        }
    }

    Context 'help' {
        It 'has a synopsis, a description, examples and help for every parameter' {
            $help = Get-Help Get-OSAccessContext -Full
            $help.Synopsis | Should -Not -BeNullOrEmpty
            $help.Synopsis | Should -Not -Match '^\s*Get-OSAccessContext'
            @($help.Examples.Example).Count | Should -BeGreaterOrEqual 3
            foreach ($name in 'AccountId', 'CrossAccountRoleName', 'ExternalId', 'ThrottleLimit', 'AccessKey', 'SecretKey', 'SessionToken', 'ProfileName', 'ProfileLocation', 'Credential', 'Region', 'EndpointUrl') {
                ($help.Parameters.Parameter | Where-Object Name -eq $name).Description | Should -Not -BeNullOrEmpty -Because "-$name needs help"
            }
        }
    }
}
