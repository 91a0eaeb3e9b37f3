BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    $seed = Join-Path $PSScriptRoot '../../examples/seed'
    $script:Scp = Get-Content (Join-Path $seed 'guardrail-scp.json') -Raw
    $script:Grant = Get-Content (Join-Path $seed 'assume-role-grant.json') -Raw
    $script:Full = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'
    $script:Trust = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"111111111111"},"Action":"sts:AssumeRole"}]}'
    $script:Instance = 'arn:aws:ec2:ap-northeast-1:123456789012:instance/i-0123456789abcdef0'
    $script:Path = @(
        @{ Target = 'r-ab12'; Policy = $script:Full }
        @{ Target = 'ou-ab12-workloads'; Policy = @($script:Full, $script:Scp) }
    )
}

Describe 'Test-OSAccessPolicy' {
    Context 'the seed guardrail SCP' {
        It 'explicitly denies ssm:StartSession to an admin role session in a member account' {
            $result = Test-OSAccessPolicy -PolicyInputList $Full -ServiceControlPolicy $Path -ActionName ssm:StartSession -ResourceArn $Instance `
                -CallerArn 'arn:aws:sts::123456789012:assumed-role/Admin/alice'
            $result.EvalDecision | Should -Be 'explicitDeny'
            $result.OrganizationsDecisionDetail.AllowedByOrganizations | Should -BeFalse
            $deny = $result.MatchedStatements | Where-Object Effect -eq 'Deny'
            $deny.Sid | Should -Be 'Statement1'
            $deny.OrganizationTarget | Should -Be 'ou-ab12-workloads'
            $result.Explanation | Should -Match 'Explicitly denied'
        }

        It 'numbers policies, levels and statements from 1, the same in every place it shows them' {
            $result = Test-OSAccessPolicy -PolicyInputList $Full -ServiceControlPolicy $Path -ActionName ssm:StartSession -ResourceArn $Instance `
                -CallerArn 'arn:aws:sts::123456789012:assumed-role/Admin/alice'
            $deny = $result.MatchedStatements | Where-Object Effect -eq 'Deny'
            $deny.PolicyName | Should -Be 'ServiceControlPolicy level 2 policy 2'
            $deny.StatementNumber | Should -Be 1
            "$deny" | Should -Match '^Deny by SCP ServiceControlPolicy level 2 policy 2 on ou-ab12-workloads, statement 1 "Statement1" at line \d+'
            $result.Explanation | Should -Match 'ServiceControlPolicy level 2 policy 2 on ou-ab12-workloads, statement 1 "Statement1"'
            ($result.MatchedStatements | Where-Object Kind -eq 'Identity').PolicyName | Should -Be 'PolicyInputList policy 1'
        }

        It 'allows the OSAccess role session' {
            $result = Test-OSAccessPolicy -PolicyInputList $Full -ServiceControlPolicy $Path -ActionName ssm:StartSession -ResourceArn $Instance `
                -CallerArn 'arn:aws:sts::123456789012:assumed-role/OSAccess/alice'
            $result.EvalDecision | Should -Be 'allowed'
            $result.OrganizationsDecisionDetail.AllowedByOrganizations | Should -BeTrue
        }

        It 'writes one result per action and resource, in order' {
            $results = @(Test-OSAccessPolicy -PolicyInputList $Full -ServiceControlPolicy $Path -CallerArn 'arn:aws:sts::123456789012:assumed-role/Admin/alice' `
                -ActionName ssm:StartSession, ec2:DescribeInstances -ResourceArn $Instance, '*')
            $results.Count | Should -Be 4
            ($results | ForEach-Object { "$($_.EvalActionName) $($_.EvalResourceName) $($_.EvalDecision)" }) | Should -Be @(
                "ssm:StartSession $Instance explicitDeny"
                'ssm:StartSession * explicitDeny'
                "ec2:DescribeInstances $Instance allowed"
                'ec2:DescribeInstances * allowed'
            )
        }

        It 'takes plain JSON strings as a single SCP level' {
            $result = Test-OSAccessPolicy -PolicyInputList $Full -ServiceControlPolicy $Full, $Scp -ActionName ssm:StartSession -ResourceArn $Instance `
                -CallerArn 'arn:aws:iam::123456789012:user/bob'
            $result.EvalDecision | Should -Be 'explicitDeny'
        }

        It 'skips SCPs for the management account' {
            $result = Test-OSAccessPolicy -PolicyInputList $Full -ServiceControlPolicy $Path -ActionName ssm:StartSession -ResourceArn $Instance `
                -CallerArn 'arn:aws:sts::123456789012:assumed-role/Admin/alice' -ManagementAccount
            $result.EvalDecision | Should -Be 'allowed'
        }
    }

    Context 'the time-boxed grant' {
        It 'is <Decision> at <At>' -ForEach @(
            @{ At = '2020-04-01T00:00:00Z'; Decision = 'implicitDeny' }
            @{ At = '2020-04-01T00:00:01Z'; Decision = 'allowed' }
            @{ At = '2020-06-30T23:59:58Z'; Decision = 'allowed' }
            @{ At = '2020-06-30T23:59:59Z'; Decision = 'implicitDeny' }
        ) {
            $instant = [datetimeoffset]::Parse($At, [cultureinfo]::InvariantCulture).UtcDateTime
            $result = Test-OSAccessPolicy -PolicyInputList $Grant -ResourcePolicy $Trust -CallerArn 'arn:aws:iam::111111111111:user/alice' `
                -ActionName sts:AssumeRole -ResourceArn 'arn:aws:iam::123456789012:role/OSAccess' -CurrentTime $instant
            $result.EvalDecision | Should -Be $Decision
        }

        It 'explains a grant tested at its start instant by the statement and the time it compared' {
            $instant = [datetimeoffset]::Parse('2020-04-01T00:00:00Z', [cultureinfo]::InvariantCulture).UtcDateTime
            $result = Test-OSAccessPolicy -PolicyInputList $Grant -ResourcePolicy $Trust -CallerArn 'arn:aws:iam::111111111111:user/alice' `
                -ActionName sts:AssumeRole -ResourceArn 'arn:aws:iam::123456789012:role/OSAccess' -CurrentTime $instant
            $result.EvalDecision | Should -Be 'implicitDeny'
            $result.Explanation | Should -Match ([regex]::Escape('Identity policy PolicyInputList policy 1, statement 1 would allow it but for its condition DateGreaterThan: aws:CurrentTime 2020-04-01T00:00:00Z is not after 2020-04-01T00:00:00Z.'))
        }

        It 'explains why the guardrail does not deny the OSAccess role' {
            $result = Test-OSAccessPolicy -PolicyInputList $Full -ServiceControlPolicy $Path -ActionName ssm:StartSession -ResourceArn $Instance `
                -CallerArn 'arn:aws:sts::123456789012:assumed-role/OSAccess/alice'
            $result.Explanation | Should -Match ([regex]::Escape('SCP ServiceControlPolicy level 2 policy 2 on ou-ab12-workloads, statement 1 "Statement1" would deny it but for its condition ArnNotLike: aws:PrincipalARN "arn:aws:iam::123456789012:role/OSAccess" matches "arn:aws:iam::*:role/OSAccess".'))
        }

        It 'takes the resource owner as Test-IAMCustomPolicy does, deciding cross-account rules by it' {
            $bucketPolicy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::bucket/*"}]}'
            $identity = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}'
            $sameAccount = Test-OSAccessPolicy -PolicyInputList $identity -CallerArn 'arn:aws:iam::111122223333:user/alice' -ActionName s3:GetObject `
                -ResourceArn 'arn:aws:s3:::bucket/key' -ResourceOwner 'arn:aws:iam::111122223333:root'
            $sameAccount.EvalDecision | Should -Be 'allowed'
            $otherAccount = Test-OSAccessPolicy -PolicyInputList $identity -CallerArn 'arn:aws:iam::111122223333:user/alice' -ActionName s3:GetObject `
                -ResourceArn 'arn:aws:s3:::bucket/key' -ResourceOwner '444455556666'
            $otherAccount.EvalDecision | Should -Be 'implicitDeny'
            $withPolicy = Test-OSAccessPolicy -PolicyInputList $identity -ResourcePolicy $bucketPolicy -CallerArn 'arn:aws:iam::111122223333:user/alice' `
                -ActionName s3:GetObject -ResourceArn 'arn:aws:s3:::bucket/key' -ResourceOwner '444455556666'
            $withPolicy.EvalDecision | Should -Be 'allowed'
        }

        It 'needs the trust policy for a cross-account role' {
            $result = Test-OSAccessPolicy -PolicyInputList $Grant -CallerArn 'arn:aws:iam::111111111111:user/alice' `
                -ActionName sts:AssumeRole -ResourceArn 'arn:aws:iam::123456789012:role/OSAccess' -CurrentTime ([datetime]'2020-05-01')
            $result.EvalDecision | Should -Be 'implicitDeny'
            $result.Explanation | Should -Match 'trust policy'
        }
    }

    Context 'context entries' {
        BeforeAll {
            $script:IpPolicy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"},"ForAllValues:StringEquals":{"aws:TagKeys":["team","cost"]}}}]}'
        }

        It 'accepts a hashtable, arrays making a key multivalued' {
            $inside = Test-OSAccessPolicy -PolicyInputList $IpPolicy -CallerArn 'arn:aws:iam::111122223333:user/alice' -ActionName s3:GetObject `
                -ContextEntry @{ 'aws:SourceIp' = '203.0.113.7'; 'aws:TagKeys' = @('team', 'cost') }
            $inside.EvalDecision | Should -Be 'allowed'
            $outside = Test-OSAccessPolicy -PolicyInputList $IpPolicy -CallerArn 'arn:aws:iam::111122223333:user/alice' -ActionName s3:GetObject `
                -ContextEntry @{ 'aws:SourceIp' = '198.51.100.1' }
            $outside.EvalDecision | Should -Be 'implicitDeny'
        }

        It 'accepts AWS.Tools-shaped objects' {
            $entries = @(
                [pscustomobject]@{ ContextKeyName = 'aws:SourceIp'; ContextKeyValues = @('203.0.113.9'); ContextKeyType = 'ip' }
                [pscustomobject]@{ ContextKeyName = 'aws:TagKeys'; ContextKeyValues = @('team'); ContextKeyType = 'stringList' }
            )
            $result = Test-OSAccessPolicy -PolicyInputList $IpPolicy -CallerArn 'arn:aws:iam::111122223333:user/alice' -ActionName s3:GetObject -ContextEntry $entries
            $result.EvalDecision | Should -Be 'allowed'
        }

        It 'reports context keys the conditions needed' {
            $result = Test-OSAccessPolicy -PolicyInputList $IpPolicy -CallerArn 'arn:aws:iam::111122223333:user/alice' -ActionName s3:GetObject
            $result.MissingContextValues | Should -Contain 'aws:SourceIp'
        }

        It 'rejects a value that does not match its declared type, naming the key' {
            $entry = [pscustomobject]@{ ContextKeyName = 'aws:SourceIp'; ContextKeyValues = @('not-an-ip'); ContextKeyType = 'ip' }
            $result = Test-OSAccessPolicy -PolicyInputList $IpPolicy -CallerArn 'arn:aws:iam::111122223333:user/alice' -ActionName s3:GetObject `
                -ContextEntry $entry -ErrorVariable problems -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            $problems[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessPolicyInputInvalid*'
            $problems[0].Exception.Message | Should -Match "aws:SourceIp"
        }
    }

    Context 'malformed policies' {
        It 'names the policy and the position, and writes no result' {
            $broken = Get-Content (Join-Path $PSScriptRoot '../../examples/seed/os-access-policy.json') -Raw
            $result = Test-OSAccessPolicy -PolicyInputList $Full, $broken -CallerArn 'arn:aws:iam::111122223333:user/alice' -ActionName ssm:StartSession `
                -ErrorVariable problems -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            $problems.Count | Should -Be 1
            $problems[0].Exception.Message | Should -Match '^PolicyInputList policy 2: '
            $problems[0].Exception.Message | Should -Match 'line 24, column 26'
            $problems[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        }

        It 'names an SCP level' {
            $bad = '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"DateLessThen":{"aws:CurrentTime":"2020-01-01"}}}]}'
            $null = Test-OSAccessPolicy -PolicyInputList $Full -ServiceControlPolicy @{ Target = 'r-ab12'; Policy = $bad } -CallerArn 'arn:aws:iam::111122223333:user/alice' `
                -ActionName s3:GetObject -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].Exception.Message | Should -Match '^ServiceControlPolicy level 1 policy 1 on r-ab12: '
            $problems[0].Exception.Message | Should -Match 'DateLessThen'
        }

        It 'refuses a policy nested far too deep with a parse error, not a crash' {
            $null = Test-OSAccessPolicy -PolicyInputList ('{"Statement":' * 300000) -CallerArn 'arn:aws:iam::111122223333:user/alice' `
                -ActionName s3:GetObject -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].Exception.Message | Should -Match '^PolicyInputList policy 1: More than 64 objects and arrays are open at once.*\(line 1, column 833\)'
        }

        It 'rejects a caller that is not an ARN' {
            $null = Test-OSAccessPolicy -PolicyInputList $Full -CallerArn 'alice' -ActionName s3:GetObject -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].Exception.Message | Should -Match '^CallerArn: '
        }
    }

    Context 'policies that are not valid as the type they are passed as' {
        It 'refuses <Case>, naming the parameter' -ForEach @(
            @{ Case = 'a trust policy among the identity policies'
               Arguments = @{ PolicyInputList = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"111111111111"},"Action":"sts:AssumeRole"}]}' }
               Message = '^PolicyInputList policy 1: not valid as an identity-based policy, for 2 reasons: .*Principal' }
            @{ Case = 'an SCP with a Principal'; Arguments = @{ ServiceControlPolicy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}' }
               Message = '^ServiceControlPolicy level 1 policy 1 on root: not valid as a service control policy: Principal is not allowed' }
            @{ Case = 'a bucket policy without a Principal'; Arguments = @{ ResourcePolicy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}' }
               Message = '^ResourcePolicy: not valid as a resource-based policy: The statement has no Principal' }
            @{ Case = 'a session policy naming a Principal'; Arguments = @{ SessionPolicy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}' }
               Message = '^SessionPolicy: not valid as a session policy' }
            @{ Case = 'a resource owner that is no account'; Arguments = @{ ResourceOwnerAccount = 'abc' }
               Message = '^ResourceOwnerAccount: "abc" names no account' }
        ) {
            $splat = @{ PolicyInputList = $Full; CallerArn = 'arn:aws:iam::111122223333:user/alice'; ActionName = 's3:GetObject' }
            foreach ($key in $Arguments.Keys) { $splat[$key] = $Arguments[$key] }
            $result = Test-OSAccessPolicy @splat -ErrorVariable problems -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            $problems.Count | Should -Be 1
            $problems[0].Exception.Message | Should -Match $Message
        }

        It 'checks a role policy given as the resource policy of sts:AssumeRole as a trust policy' {
            $null = Test-OSAccessPolicy -PolicyInputList $Grant -ResourcePolicy $Full -CallerArn 'arn:aws:iam::111111111111:user/alice' `
                -ActionName sts:AssumeRole -ResourceArn 'arn:aws:iam::123456789012:role/OSAccess' -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].Exception.Message | Should -Match '^ResourcePolicy: not valid as a role trust policy'
        }

        It 'takes built documents wherever a policy goes, at any SCP level' {
            $caller = 'arn:aws:sts::123456789012:assumed-role/Admin/alice'
            $oneLevel = Test-OSAccessPolicy -PolicyInputList $Full -ServiceControlPolicy (New-OSAccessScpDocument) -CallerArn $caller -ActionName ssm:StartSession
            $oneLevel.EvalDecision | Should -Be 'explicitDeny'
            $path = @{ Target = 'r-ab12'; Policy = $Full }, @{ Target = 'ou-ab12-workloads'; Policy = $Full, (New-OSAccessScpDocument) }
            $deep = Test-OSAccessPolicy -PolicyInputList $Full -ServiceControlPolicy $path -CallerArn $caller -ActionName ssm:StartSession
            $deep.EvalDecision | Should -Be 'explicitDeny'
            ($deep.MatchedStatements | Where-Object Effect -eq 'Deny').OrganizationTarget | Should -Be 'ou-ab12-workloads'
            $year = (Get-Date).Year + 1
            $grant = New-OSAccessGrantPolicyDocument 123456789012 -Start "$year-12-01T09:00:00Z" -Duration 8:00
            $assume = Test-OSAccessPolicy -PolicyInputList $grant -ResourcePolicy (New-OSAccessTrustPolicyDocument 111111111111) -CallerArn 'arn:aws:iam::111111111111:user/alice' `
                -ActionName sts:AssumeRole -ResourceArn 'arn:aws:iam::123456789012:role/OSAccess' -CurrentTime ([datetime]::new($year, 12, 1, 10, 0, 0, [DateTimeKind]::Utc))
            $assume.EvalDecision | Should -Be 'allowed'
        }
    }

    Context 'missing and null values' {
        It 'refuses <Case>, naming the parameter, and writes no result' -ForEach @(
            @{ Case = '-ResourceArn $null'; Arguments = @{ ResourceArn = $null }; Message = '^ResourceArn: got null' }
            @{ Case = '-ResourceArn @($null)'; Arguments = @{ ResourceArn = @($null) }; Message = '^ResourceArn: value 1 of 1 is null' }
            @{ Case = '-ResourceArn @()'; Arguments = @{ ResourceArn = @() }; Message = '^ResourceArn: no values, so there is nothing to test' }
            @{ Case = 'an instance id for an ARN'; Arguments = @{ ResourceArn = 'i-0123456789abcdef0' }; Message = '^ResourceArn: "i-0123456789abcdef0" is not a resource' }
            @{ Case = '-PolicyInputList $null'; Arguments = @{ PolicyInputList = $null }; Message = '^PolicyInputList: got null' }
            @{ Case = 'a null among the policies'; Arguments = @{ PolicyInputList = @('{}', $null) }; Message = '^PolicyInputList: value 2 of 2 is null' }
            @{ Case = '-ServiceControlPolicy @($null)'; Arguments = @{ ServiceControlPolicy = @($null) }; Message = '^ServiceControlPolicy: value 1 of 1 is null' }
            @{ Case = '-ServiceControlPolicy $null'; Arguments = @{ ServiceControlPolicy = $null }; Message = '^ServiceControlPolicy: got null' }
        ) {
            $splat = @{ PolicyInputList = $Full; CallerArn = 'arn:aws:iam::111122223333:user/alice'; ActionName = 's3:GetObject' }
            foreach ($key in $Arguments.Keys) { $splat[$key] = $Arguments[$key] }
            $result = Test-OSAccessPolicy @splat -ErrorVariable problems -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            $problems.Count | Should -Be 1
            $problems[0].FullyQualifiedErrorId | Should -BeLike 'OSAccessPolicyInputInvalid*'
            $problems[0].Exception.Message | Should -Match $Message
        }

        It 'refuses a piped object whose ResourceArn is null' {
            $result = [pscustomobject]@{ CallerArn = 'arn:aws:iam::111122223333:user/alice'; ActionName = 's3:GetObject'; ResourceArn = $null } |
                Test-OSAccessPolicy -PolicyInputList $Full -ErrorVariable problems -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            $problems[0].Exception.Message | Should -Match '^ResourceArn: got null'
        }
    }

    Context 'formatting and help' {
        It 'formats results as a table with the decision' {
            $text = Test-OSAccessPolicy -PolicyInputList $Full -CallerArn 'arn:aws:iam::111122223333:user/alice' -ActionName s3:GetObject | Format-Table | Out-String
            $text | Should -Match 'EvalDecision'
            $text | Should -Match 'allowed'
        }

        It 'has help with a synopsis, examples and every parameter described' {
            $help = Get-Help Test-OSAccessPolicy -Full
            $help.Synopsis | Should -Match 'offline'
            @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
            foreach ($name in 'PolicyInputList', 'ServiceControlPolicy', 'CallerArn', 'ActionName', 'ResourceArn', 'ContextEntry', 'CurrentTime') {
                ($help.Parameters.Parameter | Where-Object Name -eq $name).Description.Text | Should -Not -BeNullOrEmpty -Because $name
            }
        }
    }
}
