using System;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;
using OsAccess.Core.Evaluation;
using OsAccess.Core.Tests.Evaluation;

namespace OsAccess.Core.Tests.Policy
{
    /// <summary>
    /// Date values, read the same way by the validator and the evaluator: epoch seconds or the W3C profile of ISO 8601
    /// ("IAM JSON policy elements: Condition operators", Date; https://www.w3.org/TR/NOTE-datetime).
    /// </summary>
    public class ConditionDateTests
    {
        [Theory]
        [InlineData("2020-04-01T00:00:00Z", "2020-04-01T00:00:00Z")]
        [InlineData("2020-04-01T09:00:00+09:00", "2020-04-01T00:00:00Z")]
        [InlineData("2020-04-01T09:00:00+0900", "2020-04-01T00:00:00Z")]
        [InlineData("2020-03-31T20:30:00-03:30", "2020-04-01T00:00:00Z")]
        [InlineData("2020-04-01T00:00:00-00:00", "2020-04-01T00:00:00Z")]
        [InlineData("2020-04-01T00:00Z", "2020-04-01T00:00:00Z")]
        [InlineData("2020-04-01T00:00", "2020-04-01T00:00:00Z")]
        [InlineData("2020-04-01T00:00:00", "2020-04-01T00:00:00Z")]
        [InlineData("2020-04-01", "2020-04-01T00:00:00Z")]
        [InlineData("2020-04-01T00:00:00.5Z", "2020-04-01T00:00:00.5Z")]
        [InlineData("2020-04-01T00:00:00.123456789Z", "2020-04-01T00:00:00.1234567Z")]
        [InlineData("1585699200", "2020-04-01T00:00:00Z")]
        [InlineData("-62135596800", "0001-01-01T00:00:00Z")]
        [InlineData("253402300799", "9999-12-31T23:59:59Z")]
        public void ReadsW3CDatesAndEpochSecondsAsInstants(string text, string instant)
        {
            Assert.True(ConditionDate.TryRead(text, out var ticks));
            Assert.Equal(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture).UtcTicks, ticks);
            Assert.Null(ConditionValueFormat.Problem(ConditionOperatorKind.Date, text));
            Ask.Allow("s3:GetObject", "*", $"{{\"DateLessThan\":{{\"aws:CurrentTime\":\"{text}\"}}}}");
        }

        [Theory]
        // The basic form of ISO 8601, without separators, is not one of the W3C formats IAM names.
        [InlineData("20200401T000000Z")]
        [InlineData("20200401T0000Z")]
        [InlineData("2020-04-01T00:00:00.Z")]
        [InlineData("2020-04-01T00:00:00+09")]
        [InlineData("2020-04-01T00:00:00+15:00")]
        [InlineData("2020-04-01Z")]
        [InlineData("2020-04-01T24:00:00Z")]
        [InlineData("2020-04-31")]
        [InlineData("2020-04-01t00:00:00z")]
        [InlineData("0001-01-01T00:00:00+01:00")]
        [InlineData("99999999999999")]
        [InlineData("253402300800")]
        [InlineData("+1585699200")]
        [InlineData("")]
        public void TheValidatorAndTheEvaluatorRefuseTheSameValues(string text)
        {
            Assert.False(ConditionDate.TryRead(text, out _));
            Assert.NotNull(ConditionValueFormat.Problem(ConditionOperatorKind.Date, text));
            var error = Assert.Throws<PolicyParseException>(() => Ask.Allow("s3:GetObject", "*", $"{{\"DateLessThan\":{{\"aws:CurrentTime\":\"{text}\"}}}}"));
            Assert.Contains("ISO 8601", error.Reason);
        }

        [Fact]
        public void ARequestDateInTheBasicFormSatisfiesNoDateOperator()
        {
            var policy = Ask.Allow("s3:GetObject", "*", "{\"DateGreaterThan\":{\"aws:TokenIssueTime\":\"2020-01-01T00:00:00Z\"}}");
            Assert.Equal(Decision.Allowed, Ask.Decide(policy, "s3:GetObject", "*", c => c.With("aws:TokenIssueTime", "2026-01-15T11:00:00Z")));
            Assert.Equal(Decision.ImplicitDeny, Ask.Decide(policy, "s3:GetObject", "*", c => c.With("aws:TokenIssueTime", "20260115T110000Z")));
        }
    }
}
