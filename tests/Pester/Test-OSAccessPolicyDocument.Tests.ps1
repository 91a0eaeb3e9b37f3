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
            $err | Should -BeNullOrEmpty -Because 'a parse error is reported once, as a finding'
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

    Context 'text piped one line at a time' {
        It 'says once to use -Raw or -Path, instead of a parse error per line' {
            $file = Join-Path $seed 'assume-role-grant.json'
            $lines = @(Get-Content $file).Count

            $findings = Get-Content $file | Test-OSAccessPolicyDocument -ErrorVariable err -ErrorAction SilentlyContinue

            $findings | Should -BeNullOrEmpty
            $err.Count | Should -Be 1
            $err[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessPolicyTextInLines,*'
            $err[0].ToString() | Should -Match "one line at a time \($lines lines\)"
            $err[0].ToString() | Should -Match 'Get-Content -Raw'
            $err[0].ToString() | Should -Match '-Path'
        }

        It 'answers -Quiet once with $false, and says why' {
            $results = Get-Content (Join-Path $seed 'guardrail-scp.json') | Test-OSAccessPolicyDocument -PolicyType ServiceControl -Quiet -ErrorVariable err -ErrorAction SilentlyContinue

            @($results) | Should -Be @($false)
            $err.Count | Should -Be 1
        }

        It 'still checks one unfinished line on its own' {
            $findings = '{"Statement": [' | Test-OSAccessPolicyDocument -ErrorVariable err

            $findings.Id | Should -Be 'ParseError'
            $err | Should -BeNullOrEmpty
        }

        It 'still checks minified documents piped one after another' {
            $scp = (New-OSAccessScpDocument).MinifiedJson
            $results = '{"Statement": [', $scp | Test-OSAccessPolicyDocument -PolicyType ServiceControl -Quiet -ErrorVariable err

            $results | Should -Be @($false, $true)
            $err | Should -BeNullOrEmpty
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

    Context 'which document each answer is about' {
        It 'names piped texts after their place in the input' {
            $findings = '{"Statement": [', '{"Statement":{"Effect":"allow","Action":"*","Resource":"*"}}' | Test-OSAccessPolicyDocument

            ($findings | Where-Object Id -EQ 'ParseError').Name | Should -Be 'input 1'
            ($findings | Where-Object Id -EQ 'InvalidEffect').Name | Should -Be 'input 2'
        }

        It 'carries the name and account of a built document into its findings, and shows them' {
            $findings = New-OSAccessRolePolicyDocument 210987654321, 123456789012 | Test-OSAccessPolicyDocument

            $sample = @($findings | Where-Object Id -EQ 'SampleAccountId')
            $sample.Count | Should -Be 1 -Because 'the documentation account gets one warning per document, listing its places'
            $sample.Message | Should -Match 'is named in \d+ places: Resource at line 1, column \d+; '
            $sample.Name | Select-Object -Unique | Should -Be 'OSAccessPolicy'
            $sample.AccountId | Select-Object -Unique | Should -Be '123456789012'
            $findings | Out-String -Width 80 | Should -Match 'Document: OSAccessPolicy for account 123456789012'
        }

        It 'gives each -Quiet answer over several files the Path of its file, in input order' {
            $good = Join-Path $TestDrive 'good.json'
            $bad = Join-Path $TestDrive 'bad.json'
            Set-Content $good (New-OSAccessScpDocument).MinifiedJson
            Set-Content $bad '{"Statement": ['

            $results = Test-OSAccessPolicyDocument -Path $good, $bad -PolicyType ServiceControl -Quiet

            $results | Should -Be @($true, $false)
            $results.Path | Should -Be @($good, $bad)
            $results | Where-Object { -not $_ } | ForEach-Object Path | Should -Be $bad
        }

        It 'gives each -Quiet answer over built documents their Name and AccountId' {
            $results = New-OSAccessRolePolicyDocument 210987654321, 444455556666 | Test-OSAccessPolicyDocument -Quiet

            $results.AccountId | Should -Be @('210987654321', '444455556666')
            $results.Name | Should -Be @('OSAccessPolicy', 'OSAccessPolicy')
        }

        It 'keeps -Quiet a plain bool for one document' {
            $result = Test-OSAccessPolicyDocument (New-OSAccessScpDocument).MinifiedJson -PolicyType ServiceControl -Quiet

            $result | Should -BeOfType ([bool])
            $result | Should -BeTrue
            $result | Out-String | Should -Match '^\s*True\s*$'
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
            $findings = @('[' * 500000 | Test-OSAccessPolicyDocument)

            $findings.Count | Should -Be 1
            $findings[0].Id | Should -Be 'ParseError'
            $findings[0].Position.ToString() | Should -Be 'line 1, column 65'
            $findings[0].Message | Should -Match 'More than 64 objects and arrays are open at once'
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
            $err[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessPolicyFileNotFound,*'
            $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'says so when a wildcard matches no file, instead of looking like a clean result' {
            $pattern = Join-Path $TestDrive 'nope*.json'

            Test-OSAccessPolicyDocument -Path $pattern -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $err.Count | Should -Be 1
            $err[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessPolicyFileNotFound,*'
            $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $err[0].ToString() | Should -BeLike "No policy file matches '$pattern', so nothing was checked*"
            Test-OSAccessPolicyDocument -Path $pattern -Quiet -ErrorAction SilentlyContinue | Should -BeFalse
        }

        It 'under $ErrorActionPreference = ''Stop'', still checks the files after a malformed one' {
            $malformed = Join-Path $TestDrive 'a-malformed.json'
            $sample = Join-Path $TestDrive 'b-sample.json'
            Set-Content $malformed '{"Statement": ['
            Copy-Item (Join-Path $seed 'assume-role-grant.json') $sample

            $findings = & {
                $ErrorActionPreference = 'Stop'
                Test-OSAccessPolicyDocument -Path $malformed, $sample
            }

            ($findings | Where-Object Path -EQ $malformed).Id | Should -Be 'ParseError'
            ($findings | Where-Object Path -EQ $sample).Id | Should -Contain 'SampleAccountId'
        }

        It 'reports an unreadable path as ReadError and goes on with the next' {
            $good = Join-Path $TestDrive 'good.json'
            Set-Content $good (New-OSAccessScpDocument).MinifiedJson
            $results = Test-OSAccessPolicyDocument -Path $TestDrive, $good -PolicyType ServiceControl -Quiet -ErrorVariable err -ErrorAction SilentlyContinue

            $err[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessPolicyFileUnreadable,*'
            $err[0].CategoryInfo.Category | Should -Be 'ReadError'
            $err[0].ToString() | Should -Match 'not a folder'
            $results | Should -Be @($false, $true)
        }

        It 'takes files from Get-ChildItem' {
            $findings = Get-ChildItem $seed -Filter *.json | Test-OSAccessPolicyDocument -ErrorAction SilentlyContinue

            ($findings.Path | Select-Object -Unique).Count | Should -Be 2
        }
    }

    It 'shows each finding with its severity, id, line, column and statement' {
        $text = '{"Statement": {"Effect": "allow", "Action": "*", "Resource": "*"}}' | Test-OSAccessPolicyDocument | Out-String

        $text | Should -Match '(?m)^Error\s+InvalidEffect\s+line 1, column \d+, statement 1\r?$'
    }
}
