using System;
using System.Management.Automation;
using OsAccess.Core.Grants;
using OsAccess.Core.Requests;
using OsAccess.PowerShell.Common;

namespace OsAccess.PowerShell.Requests
{
    /// <summary>
    /// The error records of the request cmdlets: bad input names the parameter (OSAccessRequestInputInvalid); a request that
    /// cannot be decided or withdrawn as asked is OSAccessRequestRefused; a full user is the grant's OSAccessGrantLimitExceeded.
    /// </summary>
    internal static class RequestErrors
    {
        private static readonly (string, string)[] Parameters =
        {
            ("Start", "Start"), ("End", "End"), ("Duration", "Duration"), ("MaxDuration", "MaxDuration"), ("Reason", "Reason"),
            ("accountIds", "AccountId"), ("roleName", "RoleName"), ("RequestId", "RequestId"), ("Comment", "Comment"),
            ("NotificationTopicArn", "NotificationTopicArn"),
        };

        /// <summary>The record for a failure of the request cmdlets, or an AWS failure's.</summary>
        public static ErrorRecord For(Exception error, object target) => error switch
        {
            ArgumentException argument => ArgumentErrors.Record(argument, ErrorIds.RequestInputInvalid, target, Parameters),
            AccessRequestRefusedException refused => new ErrorRecord(refused, ErrorIds.RequestRefused, ErrorCategory.InvalidOperation, target),
            GrantLimitExceededException limit => new ErrorRecord(limit, ErrorIds.GrantLimitExceeded, ErrorCategory.LimitsExceeded, target),
            _ => AwsErrorRecords.From(error, target),
        };
    }
}
