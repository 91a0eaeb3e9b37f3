# How every AWS-touching cmdlet reports AWS errors: a category from AWS's error code, and a stable ErrorId.
BeforeAll {
    Import-Module $env:OSACCESS_MODULE -Force
    $script:records = [OsAccess.PowerShell.Common.AwsErrorRecords]
    # OsAccess.Aws lives in its own load context, so its types are reached through the cmdlet base, not by name.
    $awsAssembly = [OsAccess.PowerShell.Common.OsAccessAwsCmdlet].GetProperty('Session', [Reflection.BindingFlags]'NonPublic,Instance').PropertyType.Assembly
    $script:serviceException = $awsAssembly.GetType('OsAccess.Aws.Http.AwsServiceException', $true)
    $script:consistencyException = $awsAssembly.GetType('OsAccess.Aws.Retry.EventualConsistencyException', $true)
}

Describe 'AWS error mapping' {
    It 'maps <Code> (HTTP <Status>) to <Category>' -ForEach @(
        @{ Code = 'AccessDenied'; Status = 403; Category = 'PermissionDenied' }
        @{ Code = 'AccessDeniedException'; Status = 400; Category = 'PermissionDenied' }
        @{ Code = 'InvalidClientTokenId'; Status = 403; Category = 'AuthenticationError' }
        @{ Code = 'ExpiredToken'; Status = 400; Category = 'AuthenticationError' }
        @{ Code = 'SignatureDoesNotMatch'; Status = 403; Category = 'AuthenticationError' }
        @{ Code = 'NoSuchEntity'; Status = 404; Category = 'ObjectNotFound' }
        @{ Code = 'AccountNotFoundException'; Status = 400; Category = 'ObjectNotFound' }
        @{ Code = 'PolicyNotFoundException'; Status = 400; Category = 'ObjectNotFound' }
        @{ Code = 'ValidationError'; Status = 400; Category = 'InvalidArgument' }
        @{ Code = 'ValidationException'; Status = 400; Category = 'InvalidArgument' }
        @{ Code = 'MalformedPolicyDocument'; Status = 400; Category = 'InvalidArgument' }
        @{ Code = 'InvalidInputException'; Status = 400; Category = 'InvalidArgument' }
        @{ Code = 'ConstraintViolationException'; Status = 400; Category = 'InvalidArgument' }
        @{ Code = 'EntityAlreadyExists'; Status = 409; Category = 'ResourceExists' }
        @{ Code = 'DuplicatePolicyException'; Status = 400; Category = 'ResourceExists' }
        @{ Code = 'Throttling'; Status = 400; Category = 'LimitsExceeded' }
        @{ Code = 'ConcurrentModificationException'; Status = 400; Category = 'LimitsExceeded' }
        @{ Code = 'LimitExceeded'; Status = 409; Category = 'LimitsExceeded' }
        @{ Code = 'ServiceFailure'; Status = 500; Category = 'ResourceUnavailable' }
        @{ Code = 'SomethingNew'; Status = 400; Category = 'NotSpecified' }
    ) {
        $failure = $script:serviceException::new('IAM', 'GetRole', $Code, 'm', 'r', [System.Net.HttpStatusCode]$Status, $null)

        $record = $script:records::From($failure, $null)

        $record.CategoryInfo.Category | Should -Be $Category
        $record.FullyQualifiedErrorId | Should -Be "IAM.$Code"
    }

    It 'reports a call that outlasted IAM''s propagation as OSAccessEventualConsistencyTimeout' {
        $last = $script:serviceException::new('STS', 'AssumeRole', 'AccessDenied', 'm', 'r', [System.Net.HttpStatusCode]::Forbidden, $null)
        $failure = $script:consistencyException::new('Assuming arn:aws:iam::222222222222:role/OSAccess', [TimeSpan]::FromSeconds(30), $last)

        $record = $script:records::From($failure, '222222222222')

        $record.FullyQualifiedErrorId | Should -Be 'OSAccessEventualConsistencyTimeout'
        $record.CategoryInfo.Category | Should -Be 'OperationTimeout'
    }

    It 'reports an unreachable endpoint as OSAccessConnectionFailed' {
        $record = $script:records::From([System.Net.Http.HttpRequestException]::new('Connection refused'), $null)

        $record.FullyQualifiedErrorId | Should -Be 'OSAccessConnectionFailed'
        $record.CategoryInfo.Category | Should -Be 'ConnectionError'
    }

    It 'names the ErrorId after the service and the AWS code, and keeps the request id' {
        $failure = $script:serviceException::new('IAM', 'GetRole', 'NoSuchEntity', 'The role with name OSAccess cannot be found.', 'req-42', [System.Net.HttpStatusCode]::NotFound, $null)

        $record = $script:records::From($failure, 'OSAccess')

        $record.FullyQualifiedErrorId | Should -Be 'IAM.NoSuchEntity'
        $record.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $record.TargetObject | Should -Be 'OSAccess'
        $record.ErrorDetails.Message | Should -Be 'IAM GetRole: The role with name OSAccess cannot be found. (NoSuchEntity, request id req-42)'
    }
}
