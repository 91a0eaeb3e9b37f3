using System;
using OsAccess.Core.Evaluation;

namespace OsAccess.Core.Tests.Evaluation
{
    /// <summary>
    /// Condition operators, from https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
    /// and https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
    /// </summary>
    public class ConditionOperatorTests
    {
        private static bool Allowed(string condition, Func<RequestContextBuilder, RequestContextBuilder>? context = null) =>
            Ask.Decide(Ask.Allow("s3:GetObject", "*", condition), "s3:GetObject", "arn:aws:s3:::bucket/key", context) == Decision.Allowed;

        [Theory]
        // String: case-sensitive equality; IgnoreCase; Like with * and ?.
        [InlineData("{\"StringEquals\":{\"aws:username\":\"alice\"}}", true)]
        [InlineData("{\"StringEquals\":{\"aws:username\":\"Alice\"}}", false)]
        [InlineData("{\"StringEqualsIgnoreCase\":{\"aws:username\":\"ALICE\"}}", true)]
        [InlineData("{\"StringNotEqualsIgnoreCase\":{\"aws:username\":\"ALICE\"}}", false)]
        [InlineData("{\"StringLike\":{\"aws:username\":\"al*\"}}", true)]
        [InlineData("{\"StringLike\":{\"aws:username\":\"al?ce\"}}", true)]
        [InlineData("{\"StringLike\":{\"aws:username\":\"al?\"}}", false)]
        [InlineData("{\"StringNotLike\":{\"aws:username\":\"b*\"}}", true)]
        // Several values are ORed; a negated operator with several values is true only when none matches.
        [InlineData("{\"StringEquals\":{\"aws:username\":[\"bob\",\"alice\"]}}", true)]
        [InlineData("{\"StringNotEquals\":{\"aws:username\":[\"bob\",\"alice\"]}}", false)]
        [InlineData("{\"StringNotEquals\":{\"aws:username\":[\"bob\",\"carol\"]}}", true)]
        // Several keys (and several operators) are ANDed.
        [InlineData("{\"StringEquals\":{\"aws:username\":\"alice\",\"aws:PrincipalAccount\":\"111122223333\"}}", true)]
        [InlineData("{\"StringEquals\":{\"aws:username\":\"alice\",\"aws:PrincipalAccount\":\"444455556666\"}}", false)]
        [InlineData("{\"StringEquals\":{\"aws:username\":\"alice\"},\"StringLike\":{\"aws:PrincipalArn\":\"*:user/bob\"}}", false)]
        // Condition key names are case-insensitive.
        [InlineData("{\"StringEquals\":{\"AWS:USERNAME\":\"alice\"}}", true)]
        [InlineData("{\"ArnLike\":{\"aws:PrincipalARN\":\"arn:aws:iam::*:user/alice\"}}", true)]
        public void StringAndKeyRules(string condition, bool allowed) => Assert.Equal(allowed, Allowed(condition));

        [Theory]
        // "If the key that you specify in a policy condition is not present in the request context, the values do
        // not match and the condition is false … [for] StringNotLike or ArnNotLike … the condition is true."
        [InlineData("{\"StringLike\":{\"aws:RequestTag/team\":\"*\"}}", false)]
        [InlineData("{\"StringNotLike\":{\"aws:RequestTag/team\":\"ops\"}}", true)]
        [InlineData("{\"ArnNotLike\":{\"aws:SourceArn\":\"arn:aws:sns:*:*:topic\"}}", true)]
        [InlineData("{\"NumericLessThan\":{\"aws:MultiFactorAuthAge\":\"3600\"}}", false)]
        // …IfExists: true when the key is absent.
        [InlineData("{\"StringEqualsIfExists\":{\"aws:RequestTag/team\":\"ops\"}}", true)]
        [InlineData("{\"NumericLessThanIfExists\":{\"aws:MultiFactorAuthAge\":\"3600\"}}", true)]
        // Null: true tests absence, false presence.
        [InlineData("{\"Null\":{\"aws:TokenIssueTime\":\"true\"}}", true)]
        [InlineData("{\"Null\":{\"aws:TokenIssueTime\":\"false\"}}", false)]
        [InlineData("{\"Null\":{\"aws:username\":\"false\"}}", true)]
        // ForAllValues is true for a missing key, ForAnyValue false.
        [InlineData("{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":\"team\"}}", true)]
        [InlineData("{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":\"team\"}}", false)]
        // ForAnyValue over a missing key stays false with IfExists (re:Post QU9HFmDzP0QGuU-fd7rS6B7w, observed on AWS).
        [InlineData("{\"ForAnyValue:StringEqualsIfExists\":{\"aws:TagKeys\":\"team\"}}", false)]
        [InlineData("{\"ForAllValues:StringEqualsIfExists\":{\"aws:TagKeys\":\"team\"}}", true)]
        public void MissingKeys(string condition, bool allowed) => Assert.Equal(allowed, Allowed(condition));

        [Fact]
        public void IfExistsStillComparesAPresentKey()
        {
            Assert.False(Allowed("{\"StringEqualsIfExists\":{\"aws:RequestTag/team\":\"ops\"}}", c => c.With("aws:RequestTag/team", "dev")));
            Assert.True(Allowed("{\"StringEqualsIfExists\":{\"aws:RequestTag/team\":\"ops\"}}", c => c.With("aws:RequestTag/team", "ops")));
        }

        [Theory]
        // The single-vs-multivalued page's example: ForAllValues:StringLike aws:TagKeys "Created*".
        [InlineData("ForAllValues:StringLike", "Created*", new[] { "CreatedBy", "CreatedAt" }, true)]
        [InlineData("ForAllValues:StringLike", "Created*", new[] { "CreatedBy", "Owner" }, false)]
        [InlineData("ForAnyValue:StringLike", "Created*", new[] { "CreatedBy", "Owner" }, true)]
        [InlineData("ForAnyValue:StringLike", "Created*", new[] { "Owner", "Team" }, false)]
        // Negated with a set qualifier: per request value.
        [InlineData("ForAllValues:StringNotEquals", "Owner", new[] { "CreatedBy", "Team" }, true)]
        [InlineData("ForAllValues:StringNotEquals", "Owner", new[] { "CreatedBy", "Owner" }, false)]
        [InlineData("ForAnyValue:StringNotEquals", "Owner", new[] { "CreatedBy", "Owner" }, true)]
        [InlineData("ForAnyValue:StringNotEquals", "Owner", new[] { "Owner" }, false)]
        public void SetQualifiers(string op, string policyValue, string[] requestValues, bool allowed) =>
            Assert.Equal(allowed, Allowed($"{{\"{op}\":{{\"aws:TagKeys\":\"{policyValue}\"}}}}", c => c.With("aws:TagKeys", requestValues)));

        [Theory]
        // A multivalued key needs a set qualifier; without one nothing matches, negated or not.
        [InlineData("{\"StringEquals\":{\"aws:TagKeys\":\"team\"}}", false)]
        [InlineData("{\"StringNotEquals\":{\"aws:TagKeys\":\"owner\"}}", false)]
        [InlineData("{\"StringLikeIfExists\":{\"aws:TagKeys\":\"*\"}}", false)]
        [InlineData("{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":\"team\"}}", true)]
        public void MultivaluedKeysNeedASetQualifier(string condition, bool allowed) =>
            Assert.Equal(allowed, Allowed(condition, c => c.WithList("aws:TagKeys", "team")));

        [Theory]
        // A value whose variable cannot be resolved satisfies neither a positive nor a negated operator
        // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-no-value).
        [InlineData("{\"StringEquals\":{\"aws:username\":\"${aws:PrincipalTag/missing}\"}}", false)]
        [InlineData("{\"StringNotEquals\":{\"aws:username\":\"${aws:PrincipalTag/missing}\"}}", false)]
        [InlineData("{\"StringNotEquals\":{\"aws:username\":[\"bob\",\"${aws:PrincipalTag/missing}\"]}}", false)]
        [InlineData("{\"StringEquals\":{\"aws:username\":[\"alice\",\"${aws:PrincipalTag/missing}\"]}}", true)]
        [InlineData("{\"StringNotEquals\":{\"aws:username\":\"${aws:PrincipalTag/missing, 'bob'}\"}}", true)]
        public void UnresolvableVariables(string condition, bool allowed) => Assert.Equal(allowed, Allowed(condition));

        [Theory]
        [InlineData("NumericEquals", "10", "10", true)]
        [InlineData("NumericEquals", "10", "10.0", true)]
        [InlineData("NumericNotEquals", "10", "10", false)]
        [InlineData("NumericLessThan", "10", "9", true)]
        [InlineData("NumericLessThan", "10", "10", false)]
        [InlineData("NumericLessThanEquals", "10", "10", true)]
        [InlineData("NumericGreaterThan", "10", "10", false)]
        [InlineData("NumericGreaterThanEquals", "10", "10", true)]
        // A request value that is not a number satisfies neither the operator nor its negation.
        [InlineData("NumericGreaterThan", "10", "ten", false)]
        [InlineData("NumericNotEquals", "10", "ten", false)]
        public void Numeric(string op, string policyValue, string requestValue, bool allowed) =>
            Assert.Equal(allowed, Allowed($"{{\"{op}\":{{\"s3:max-keys\":\"{policyValue}\"}}}}", c => c.With("s3:max-keys", requestValue)));

        [Theory]
        // Strict DateGreaterThan/DateLessThan; epoch seconds and ISO 8601 compare as instants.
        [InlineData("DateGreaterThan", "2026-01-15T12:00:00Z", false)]
        [InlineData("DateGreaterThanEquals", "2026-01-15T12:00:00Z", true)]
        [InlineData("DateLessThan", "2026-01-15T12:00:00Z", false)]
        [InlineData("DateLessThanEquals", "2026-01-15T12:00:00Z", true)]
        [InlineData("DateEquals", "2026-01-15T12:00:00Z", true)]
        [InlineData("DateNotEquals", "2026-01-15T12:00:00Z", false)]
        [InlineData("DateEquals", "1768478400", true)]
        [InlineData("DateGreaterThan", "2026-01-15T11:59:59Z", true)]
        [InlineData("DateLessThan", "2026-01-15", false)]
        [InlineData("DateEquals", "2026-01-15T21:00:00+09:00", true)]
        public void DateAgainstCurrentTime(string op, string policyValue, bool allowed) =>
            Assert.Equal(allowed, Allowed($"{{\"{op}\":{{\"aws:CurrentTime\":\"{policyValue}\"}}}}"));

        [Fact]
        public void DateAgainstEpochTime() =>
            Assert.True(Allowed("{\"DateGreaterThan\":{\"aws:EpochTime\":\"2026-01-15T11:00:00Z\"}}"));

        [Theory]
        [InlineData("{\"Bool\":{\"aws:SecureTransport\":\"true\"}}", "true", true)]
        [InlineData("{\"Bool\":{\"aws:SecureTransport\":true}}", "TRUE", true)]
        [InlineData("{\"Bool\":{\"aws:SecureTransport\":\"false\"}}", "true", false)]
        [InlineData("{\"BoolIfExists\":{\"aws:MultiFactorAuthPresent\":\"false\"}}", "true", true)]
        public void Bool(string condition, string secureTransport, bool allowed) =>
            Assert.Equal(allowed, Allowed(condition, c => c.With("aws:SecureTransport", secureTransport)));

        [Theory]
        [InlineData("QmluYXJ5VmFsdWVJbkJhc2U2NA==", true)]
        [InlineData("QmluYXJ5VmFsdWVJbkJhc2U2NA", false)]
        public void Binary(string requestValue, bool allowed) =>
            Assert.Equal(allowed, Allowed("{\"BinaryEquals\":{\"key\":\"QmluYXJ5VmFsdWVJbkJhc2U2NA==\"}}", c => c.With("key", requestValue)));

        [Theory]
        // The page's example range 203.0.113.0/24, and IPv6.
        [InlineData("IpAddress", "203.0.113.0/24", "203.0.113.77", true)]
        [InlineData("IpAddress", "203.0.113.0/24", "203.0.114.1", false)]
        [InlineData("NotIpAddress", "203.0.113.0/24", "203.0.114.1", true)]
        [InlineData("IpAddress", "203.0.113.5", "203.0.113.5", true)]
        [InlineData("IpAddress", "203.0.113.0/25", "203.0.113.128", false)]
        [InlineData("IpAddress", "2001:DB8:1234:5678::/64", "2001:db8:1234:5678::1", true)]
        [InlineData("IpAddress", "2001:DB8:1234:5678::/64", "2001:db8:1234:5679::1", false)]
        [InlineData("IpAddress", "203.0.113.0/24", "not-an-ip", false)]
        [InlineData("NotIpAddress", "203.0.113.0/24", "not-an-ip", false)]
        // An IPv6 address is outside every IPv4 block.
        [InlineData("NotIpAddress", "203.0.113.0/24", "2001:db8::1", true)]
        public void IpAddress(string op, string range, string sourceIp, bool allowed) =>
            Assert.Equal(allowed, Allowed($"{{\"{op}\":{{\"aws:SourceIp\":\"{range}\"}}}}", c => c.With("aws:SourceIp", sourceIp)));

        [Theory]
        [InlineData("ArnEquals", "arn:aws:sns:us-east-1:111122223333:topic", true)]
        [InlineData("ArnLike", "arn:aws:sns:*:111122223333:*", true)]
        [InlineData("ArnLike", "arn:aws:sns:*:444455556666:*", false)]
        [InlineData("ArnNotLike", "arn:aws:sns:*:444455556666:*", true)]
        [InlineData("ArnNotEquals", "arn:aws:sns:us-east-1:111122223333:topic", false)]
        // A wildcard does not cross the colons between ARN parts.
        [InlineData("ArnLike", "arn:aws:*:111122223333:topic", false)]
        public void Arn(string op, string pattern, bool allowed) =>
            Assert.Equal(allowed, Allowed($"{{\"{op}\":{{\"aws:SourceArn\":\"{pattern}\"}}}}", c => c.With("aws:SourceArn", "arn:aws:sns:us-east-1:111122223333:topic")));

        [Theory]
        [InlineData("{\"StringEqualz\":{\"aws:username\":\"alice\"}}", "not a condition operator")]
        [InlineData("{\"NumericLessThan\":{\"s3:max-keys\":\"ten\"}}", "needs numbers")]
        [InlineData("{\"DateLessThan\":{\"aws:CurrentTime\":\"2026-13-45\"}}", "ISO 8601")]
        [InlineData("{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/33\"}}", "CIDR")]
        // Three dotted parts are not an IPv4 address (the system parser would read 203.0.0.113); the validator refuses it too.
        [InlineData("{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113\"}}", "CIDR")]
        [InlineData("{\"NotIpAddress\":{\"aws:SourceIp\":\"10.1/16\"}}", "CIDR")]
        [InlineData("{\"Null\":{\"aws:TokenIssueTime\":\"yes\"}}", "Null takes")]
        // IAM refuses wrongly-cased operator names (MalformedPolicyDocument), so the evaluator does too, naming the right spelling.
        [InlineData("{\"stringEquals\":{\"aws:username\":\"alice\"}}", "did you mean \"StringEquals\"?")]
        [InlineData("{\"forAnyValue:StringLike\":{\"aws:TagKeys\":\"env\"}}", "did you mean \"ForAnyValue:StringLike\"?")]
        [InlineData("{\"DateLessThanIfexists\":{\"aws:CurrentTime\":\"2026-01-01T00:00:00Z\"}}", "did you mean \"DateLessThanIfExists\"?")]
        [InlineData("{\"NullIfExists\":{\"aws:TokenIssueTime\":\"true\"}}", "did you mean \"Null\"?")]
        [InlineData("{\"ForAllValues:Null\":{\"aws:TagKeys\":\"true\"}}", "takes no set qualifier")]
        public void UnusableConditionsFailToCompileWithAPosition(string condition, string message)
        {
            var error = Assert.Throws<OsAccess.Core.Policy.PolicyParseException>(() => Ask.Allow("s3:GetObject", "*", condition));
            Assert.Contains(message, error.Reason);
            Assert.True(error.Position.IsKnown);
        }
    }
}
