BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    $script:seed = Join-Path $PSScriptRoot '../../examples/seed'
}

Describe 'Test-OSAccessPolicyDocument' {
    Context 'the seed''s documents' {
        It 'rejects the seed''s OSAccessPolicy at its unclosed Condition block' {
            $findings = Test-OSAccessPolicyDocument -Path (Join-Path $seed 'os-access-policy.json') -PolicyType RoleInline -ErrorVariable err -ErrorAction SilentlyContinue

            $finding = $findings | Where-Object Id -EQ 'ParseError'
            $finding | Should -BeOfType ([OsAccess.Core.Policy.Validation.PolicyFinding])
            $finding.Severity | Should -Be 'Error'
            $finding.Position.Line | Should -Be 24
            $finding.Position.Column | Should -Be 26
            $finding.Message | Should -Match '"Condition" block'
            $finding.Path | Should -BeLike '*os-access-policy.json'
            $err[0].FullyQualifiedErrorId | Should -BeLike 'PolicyParseError,*'
            $err[0].CategoryInfo.Category | Should -Be 'ParserError'
            $err[0].ToString() | Should -Match 'line 24, column 26'
        }

        It 'passes the seed''s SCP as a service control policy' {
            Test-OSAccessPolicyDocument -Path (Join-Path $seed 'guardrail-scp.json') -PolicyType ServiceControl | Should -BeNullOrEmpty
        }

        It 'takes text from Get-Content -Raw on the pipeline' {
            $findings = Get-Content -Raw (Join-Path $seed 'assume-role-grant.json') | Test-OSAccessPolicyDocument -PolicyType UserInline

            $findings.Id | Should -Contain 'SampleAccountId'
            $findings | Where-Object Severity -EQ 'Error' | Should -BeNullOrEmpty
        }

        It 'finds the case-only duplicate Sid and the placeholder once the block is closed' {
            $text = (Get-Content -Raw (Join-Path $seed 'os-access-policy.json')) -replace '(?m)^(\s+\]\r?\n\s+\})(\r?\n\s+\},)', "`$1`n            }`$2"

            $findings = Test-OSAccessPolicyDocument -PolicyDocument $text -PolicyType RoleInline

            $findings.Id | Should -Contain 'DuplicateSidIgnoringCase'
            ($findings | Where-Object Id -EQ 'Placeholder').Message | Should -Match 'account-id'
        }
    }

    Context '-Quiet' {
        It 'returns $true for a valid policy' {
            New-OSAccessScpDocument | ForEach-Object MinifiedJson | Test-OSAccessPolicyDocument -PolicyType ServiceControl -Quiet | Should -BeTrue
        }

        It 'returns $false, and no error, for malformed JSON' {
            $result = '{"Statement": [' | Test-OSAccessPolicyDocument -Quiet -ErrorVariable err
            $result | Should -BeFalse
            $err | Should -BeNullOrEmpty
        }

        It 'returns one bool per document' {
            $results = '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}', '{}' | Test-OSAccessPolicyDocument -Quiet
            $results | Should -Be @($true, $false)
        }
    }

    Context 'documents OsAccess builds' {
        It 'checks each piped document as its own policy type' {
            $results = @(
                New-OSAccessScpDocument
                New-OSAccessTrustPolicyDocument 999988887777
                New-OSAccessRolePolicyDocument 999988887777
            ) | Test-OSAccessPolicyDocument -Quiet

            $results | Should -Be @($true, $true, $true)
        }

        It 'finds what is wrong with a piped document for its type' {
            $trustAsScp = [pscustomobject]@{ MinifiedJson = (New-OSAccessTrustPolicyDocument 999988887777).MinifiedJson; PolicyType = 'ServiceControl' }

            ($trustAsScp | Test-OSAccessPolicyDocument).Id | Should -Contain 'PrincipalNotSupported'
        }
    }

    Context 'hostile text' {
        It 'answers text nested 500,000 deep with one parse error, and the session lives on' {
            $findings = '[' * 500000 | Test-OSAccessPolicyDocument -ErrorVariable problems -ErrorAction SilentlyContinue

            $findings.Id | Should -Be 'ParseError'
            $findings.Position.ToString() | Should -Be 'line 1, column 65'
            $findings.Message | Should -Match 'More than 64 objects and arrays are open at once'
            $problems.Count | Should -Be 1
        }
    }

    Context 'policy types' {
        It 'flags a Principal in an SCP but not in a trust policy' {
            $json = New-OSAccessTrustPolicyDocument 999988887777 | ForEach-Object MinifiedJson

            (Test-OSAccessPolicyDocument $json -PolicyType ServiceControl).Severity | Should -Contain 'Error'
            Test-OSAccessPolicyDocument $json -PolicyType Trust -Quiet | Should -BeTrue
        }

        It 'rejects an unknown policy type with the valid names' {
            { Test-OSAccessPolicyDocument '{}' -PolicyType Inline } | Should -Throw -ExpectedMessage '*ServiceControl*'
        }
    }

    Context 'files' {
        It 'reports a missing file as ObjectNotFound' {
            Test-OSAccessPolicyDocument -Path (Join-Path $TestDrive 'missing.json') -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $err[0].FullyQualifiedErrorId | Should -BeLike 'PolicyFileNotFound,*'
            $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'reports an unreadable path as ReadError and goes on with the next' {
            $good = Join-Path $TestDrive 'good.json'
            Set-Content $good (New-OSAccessScpDocument).MinifiedJson
            $results = Test-OSAccessPolicyDocument -Path $TestDrive, $good -PolicyType ServiceControl -Quiet -ErrorVariable err -ErrorAction SilentlyContinue

            $err[0].FullyQualifiedErrorId | Should -BeLike 'PolicyFileUnreadable,*'
            $err[0].CategoryInfo.Category | Should -Be 'ReadError'
            $err[0].ToString() | Should -Match 'not a folder'
            $results | Should -Be @($false, $true)
        }

        It 'takes files from Get-ChildItem' {
            $findings = Get-ChildItem $seed -Filter *.json | Test-OSAccessPolicyDocument -ErrorAction SilentlyContinue

            ($findings.Path | Select-Object -Unique).Count | Should -Be 2
        }
    }

    It 'shows findings as a table with line and column' {
        $text = '{"Statement": {"Effect": "allow", "Action": "*", "Resource": "*"}}' | Test-OSAccessPolicyDocument | Out-String

        $text | Should -Match 'Severity\s+Id\s+Line\s+Col\s+Message'
        $text | Should -Match 'Error\s+\w+\s+1\s+\d+'
    }
}
