using System;
using System.Collections.Generic;
using OsAccess.Aws.Failures;
using OsAccess.Aws.Http;
using OsAccess.Core.FanOut;

namespace OsAccess.Workflows.Accounts
{
    /// <summary>
    /// Turns what went wrong in one member account into an <see cref="AccountFailedException"/> whose message says what to
    /// do: a cross-account role that cannot be assumed names -CrossAccountRoleName, an access denied names the permission
    /// missing, throttling past the retries says to slow down.
    /// </summary>
    public static class AccountFailures
    {
        public static AccountFailedException Describe(Exception error, string accountId, string crossAccountRoleName, IReadOnlyList<string> done,
            object? partialResult)
        {
            var text = What(error, accountId, crossAccountRoleName);
            if (done.Count > 0)
            {
                text += $" Done before the failure: {string.Join("; ", done)}. Run the same command again to finish.";
            }

            return new AccountFailedException(text, error, partialResult);
        }

        private static string What(Exception error, string accountId, string crossAccountRoleName)
        {
            if (error is AwsServiceException aws)
            {
                if (aws.Operation == "AssumeRole")
                {
                    return $"OsAccess could not assume {crossAccountRoleName} in account {accountId} ({aws.Code}: {aws.Message}). Create that role there "
                        + "(AWS Organizations creates OrganizationAccountAccessRole in the accounts it creates), or name the role OsAccess may assume "
                        + "there with -CrossAccountRoleName (and -ExternalId if its trust policy requires one).";
                }

                var action = aws.Service.ToLowerInvariant() + ":" + aws.Operation;
                switch (AwsFailureClassifier.Classify(aws))
                {
                    case AwsFailureKind.AccessDenied:
                        return $"{aws.Service} refused {aws.Operation} in account {accountId}: {aws.Message} Allow {action} to {crossAccountRoleName} there.";
                    case AwsFailureKind.Throttled:
                        return $"{aws.Service} kept throttling {aws.Operation} in account {accountId} after every retry ({aws.Code}). Run again later, or with a lower -ThrottleLimit.";
                }

                return $"{aws.Service} {aws.Operation} failed in account {accountId}: {aws.Code}: {aws.Message}";
            }

            return $"Account {accountId}: {error.Message}";
        }
    }
}
