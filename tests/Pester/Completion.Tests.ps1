# Tab completion, driven through TabExpansion2 as the console drives it.
BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    $script:saved = @{}
    foreach ($name in 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_CONFIG_FILE') { $script:saved[$name] = [Environment]::GetEnvironmentVariable($name) }

    function Get-Completion([string] $line) {
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText
    }
}

AfterAll {
    foreach ($name in $script:saved.Keys) { [Environment]::SetEnvironmentVariable($name, $script:saved[$name]) }
}

Describe 'Tab completion' {
    Context '-ProfileName' {
        BeforeEach {
            $env:AWS_SHARED_CREDENTIALS_FILE = Join-Path $TestDrive 'credentials'
            $env:AWS_CONFIG_FILE = Join-Path $TestDrive 'config'
            Set-Content $env:AWS_SHARED_CREDENTIALS_FILE "[default]`naws_access_key_id = A`n[org-admin]`naws_access_key_id = B`n"
            Set-Content $env:AWS_CONFIG_FILE "[profile hub]`nsso_session = corp`n[sso-session corp]`nsso_region = us-east-1`n[profile lab admin]`nregion = us-east-1`n"
        }

        It 'completes the profiles of the credentials and config files, not file names' {
            Get-Completion 'Get-OSAccessContext -ProfileName ' | Should -Be @('default', 'hub', "'lab admin'", 'org-admin')
        }

        It 'completes from what is typed' {
            Get-Completion 'Get-OSAccessContext -ProfileName or' | Should -Be @('org-admin')
            Get-Completion 'Get-OSAccessContext -AWSProfileName h' | Should -Be @('hub')
        }

        It 'follows the files the variables name when Tab is pressed' {
            $env:AWS_SHARED_CREDENTIALS_FILE = Join-Path $TestDrive 'other-credentials'
            $env:AWS_CONFIG_FILE = Join-Path $TestDrive 'other-config'
            Set-Content $env:AWS_SHARED_CREDENTIALS_FILE "[ci]`n"

            Get-Completion 'Get-OSAccessContext -ProfileName ' | Should -Be @('ci')
        }

        It 'reads the file -ProfileLocation names' {
            $location = Join-Path $TestDrive 'elsewhere'
            Set-Content $location "[from-location]`n"

            Get-Completion "Get-OSAccessContext -ProfileLocation '$location' -ProfileName f" | Should -Be @('from-location')
        }
    }

    Context '-ActionName and -DeniedAction' {
        It 'completes the actions of a service' {
            $actions = Get-Completion 'Test-OSAccessPolicy -ActionName ssm:StartS'

            $actions | Should -Contain 'ssm:StartSession'
            $actions | ForEach-Object { $_ | Should -BeLike 'ssm:StartS*' }
        }

        It 'ignores letter case in what is typed, as IAM does in action names' {
            Get-Completion 'Test-OSAccessPolicy -ActionName SSM:startsess' | Should -Be @('ssm:StartSession')
        }

        It 'completes actions that are no API operation, from the services OsAccess reasons about' {
            Get-Completion 'Test-OSAccessPolicy -ActionName ssm-guiconnect:Start' | Should -Be @('ssm-guiconnect:StartConnection')
            Get-Completion 'Test-OSAccessPolicy -ActionName ssmmessages:OpenD' | Should -Be @('ssmmessages:OpenDataChannel')
            Get-Completion 'Test-OSAccessPolicy -ActionName ec2-instance-connect:Open' | Should -Be @('ec2-instance-connect:OpenTunnel')
        }

        It 'completes every service''s prefix' {
            foreach ($service in 'ssm', 'ssmmessages', 'ssm-guiconnect', 'ec2', 'ec2-instance-connect', 'sts', 'iam', 'organizations') {
                Get-Completion "Test-OSAccessPolicy -ActionName ${service}:" | Should -Not -BeNullOrEmpty -Because $service
            }
        }

        It 'completes the actions the guardrail SCP may deny' {
            Get-Completion 'New-OSAccessScpDocument -DeniedAction ssm:SendC' | Should -Be @('ssm:SendCommand')
        }
    }
}
