using System;
using System.Management.Automation;
using OsAccess.Core.Grants;
using OsAccess.PowerShell.Common;

namespace OsAccess.PowerShell.Grants
{
    /// <summary>The error records of the grant cmdlets: bad input names the parameter; a full user is OSAccessGrantLimitExceeded.</summary>
    internal static class GrantErrors
    {
        private static readonly (string, string)[] Parameters =
        {
            ("Start", "Start"), ("End", "End"), ("Duration", "Duration"), ("MaxDuration", "MaxDuration"), ("Reason", "Reason"),
            ("UserName", "UserName"), ("accountIds", "AccountId"), ("roleName", "RoleName"), ("GrantId", "GrantId"),
        };

        /// <summary>The record for a failure of the grant cmdlets, or null when it is an AWS failure for AwsErrorRecords.</summary>
        public static ErrorRecord? For(Exception error, object target) => error switch
        {
            ArgumentException argument => ArgumentErrors.Record(argument, ErrorIds.GrantInputInvalid, target, Parameters),
            GrantLimitExceededException limit => new ErrorRecord(limit, ErrorIds.GrantLimitExceeded, ErrorCategory.LimitsExceeded, target),
            _ => null,
        };
    }
}
