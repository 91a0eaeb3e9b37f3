using System.Collections.Generic;

namespace OsAccess.Core.Policy.Validation
{
    /// <summary>
    /// Every finding the validator reports, with its id and severity. Ids are stable: scripts may match on them.
    /// Modelled on IAM Access Analyzer's policy checks; the AWS pages behind each rule are named where the rule is checked.
    /// </summary>
    public static class PolicyFindingRules
    {
        private const PolicyFindingSeverity Error = PolicyFindingSeverity.Error;
        private const PolicyFindingSeverity Warning = PolicyFindingSeverity.Warning;

        // The text
        public static readonly PolicyFindingRule ParseError = new("ParseError", Error, "The text is not valid JSON or breaks the policy grammar.");
        public static readonly PolicyFindingRule InvalidCharacter = new("InvalidCharacter", Error, "A character IAM does not accept in policy documents.");

        // Version
        public static readonly PolicyFindingRule MissingVersion = new("MissingVersion", Warning, "No Version: IAM falls back to 2008-10-17, without policy variables.");
        public static readonly PolicyFindingRule UnknownVersion = new("UnknownVersion", Error, "Version is neither 2012-10-17 nor 2008-10-17.");
        public static readonly PolicyFindingRule LegacyVersion = new("LegacyVersion", Warning, "Version 2008-10-17: policy variables are taken literally.");
        public static readonly PolicyFindingRule ScpVersion = new("ScpVersion", Error, "An SCP must have Version 2012-10-17.");

        // Statements and Sids
        public static readonly PolicyFindingRule EmptyStatement = new("EmptyStatement", Error, "The Statement array is empty.");
        public static readonly PolicyFindingRule DuplicateSid = new("DuplicateSid", Error, "Two statements have the same Sid.");
        public static readonly PolicyFindingRule DuplicateSidIgnoringCase = new("DuplicateSidIgnoringCase", Warning, "Two Sids differ only in letter case.");
        public static readonly PolicyFindingRule InvalidSidCharacters = new("InvalidSidCharacters", Error, "A Sid has characters other than A-Z, a-z, 0-9.");

        // Effect
        public static readonly PolicyFindingRule MissingEffect = new("MissingEffect", Error, "A statement has no Effect.");
        public static readonly PolicyFindingRule InvalidEffect = new("InvalidEffect", Error, "Effect is not exactly Allow or Deny.");

        // Action
        public static readonly PolicyFindingRule MissingAction = new("MissingAction", Error, "A statement has neither Action nor NotAction, or an empty one.");
        public static readonly PolicyFindingRule ActionAndNotAction = new("ActionAndNotAction", Error, "A statement has both Action and NotAction.");
        public static readonly PolicyFindingRule InvalidActionFormat = new("InvalidActionFormat", Error, "An action is not \"*\" or service:Action.");

        // Resource
        public static readonly PolicyFindingRule MissingResource = new("MissingResource", Error, "A statement has neither Resource nor NotResource, or an empty one.");
        public static readonly PolicyFindingRule ResourceAndNotResource = new("ResourceAndNotResource", Error, "A statement has both Resource and NotResource.");
        public static readonly PolicyFindingRule ResourceNotSupported = new("ResourceNotSupported", Error, "Resource or NotResource in a policy type that forbids it.");
        public static readonly PolicyFindingRule InvalidArnFormat = new("InvalidArnFormat", Error, "A resource is not \"*\" or a well-formed ARN.");

        // Principal
        public static readonly PolicyFindingRule PrincipalNotSupported = new("PrincipalNotSupported", Error, "Principal or NotPrincipal in a policy type that forbids it.");
        public static readonly PolicyFindingRule MissingPrincipal = new("MissingPrincipal", Error, "No Principal in a policy type that needs one.");
        public static readonly PolicyFindingRule NotPrincipalWithAllow = new("NotPrincipalWithAllow", Error, "NotPrincipal with Effect Allow.");

        // Condition
        public static readonly PolicyFindingRule UnknownConditionOperator = new("UnknownConditionOperator", Error, "A condition operator IAM does not know.");
        public static readonly PolicyFindingRule InvalidConditionValue = new("InvalidConditionValue", Error, "A condition value the operator cannot compare.");
        public static readonly PolicyFindingRule DateWithoutTimeZone = new("DateWithoutTimeZone", Warning, "A date-time condition value without Z or an offset.");
        public static readonly PolicyFindingRule ForAllValuesWithAllow = new("ForAllValuesWithAllow", Warning, "ForAllValues in an Allow statement also matches requests without the key.");

        // Values left unfinished
        public static readonly PolicyFindingRule Placeholder = new("Placeholder", Error, "A placeholder was left in the policy.");
        public static readonly PolicyFindingRule SampleAccountId = new("SampleAccountId", Warning, "An account id from AWS's documentation examples.");
        public static readonly PolicyFindingRule PolicyVariableWithoutVersion = new("PolicyVariableWithoutVersion", Error, "A policy variable in a policy without Version 2012-10-17.");

        // Size
        public static readonly PolicyFindingRule SizeExceeded = new("SizeExceeded", Error, "Larger than the quota of its policy type.");
        public static readonly PolicyFindingRule SizeNearLimit = new("SizeNearLimit", Warning, "Within 10% of the quota of its policy type.");
        public static readonly PolicyFindingRule TrustSizeAboveDefault = new("TrustSizeAboveDefault", Warning, "A trust policy above the default quota: needs a quota increase.");

        public static IReadOnlyList<PolicyFindingRule> All { get; } = new[]
        {
            ParseError, InvalidCharacter,
            MissingVersion, UnknownVersion, LegacyVersion, ScpVersion,
            EmptyStatement, DuplicateSid, DuplicateSidIgnoringCase, InvalidSidCharacters,
            MissingEffect, InvalidEffect,
            MissingAction, ActionAndNotAction, InvalidActionFormat,
            MissingResource, ResourceAndNotResource, ResourceNotSupported, InvalidArnFormat,
            PrincipalNotSupported, MissingPrincipal, NotPrincipalWithAllow,
            UnknownConditionOperator, InvalidConditionValue, DateWithoutTimeZone, ForAllValuesWithAllow,
            Placeholder, SampleAccountId, PolicyVariableWithoutVersion,
            SizeExceeded, SizeNearLimit, TrustSizeAboveDefault,
        };
    }
}
