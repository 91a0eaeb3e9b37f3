using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Tests.Policy.Validation
{
    public class ConditionValueFormatTests
    {
        [Theory]
        [InlineData(ConditionOperatorKind.Date, "2020-04-01T00:00:00Z")]
        [InlineData(ConditionOperatorKind.Date, "2020-04-01T00:00:00.123Z")]
        [InlineData(ConditionOperatorKind.Date, "2020-04-01T09:00:00+09:00")]
        [InlineData(ConditionOperatorKind.Date, "2020-04-01")]
        [InlineData(ConditionOperatorKind.Date, "1585699200")]
        [InlineData(ConditionOperatorKind.Date, "${aws:CurrentTime}")]
        [InlineData(ConditionOperatorKind.Numeric, "10")]
        [InlineData(ConditionOperatorKind.Numeric, "-2.5")]
        [InlineData(ConditionOperatorKind.Boolean, "true")]
        [InlineData(ConditionOperatorKind.Boolean, "False")]
        [InlineData(ConditionOperatorKind.Null, "false")]
        [InlineData(ConditionOperatorKind.IpAddress, "203.0.113.0/24")]
        [InlineData(ConditionOperatorKind.IpAddress, "203.0.113.7")]
        [InlineData(ConditionOperatorKind.IpAddress, "2001:db8::/32")]
        [InlineData(ConditionOperatorKind.Binary, "QmluYXJ5VmFsdWU=")]
        [InlineData(ConditionOperatorKind.String, "anything at all")]
        [InlineData(ConditionOperatorKind.Arn, "arn:aws:iam::*:role/OSAccess")]
        public void ValuesTheOperatorCanCompare(ConditionOperatorKind kind, string value)
        {
            Assert.Null(ConditionValueFormat.Problem(kind, value));
        }

        [Theory]
        [InlineData(ConditionOperatorKind.Date, "tomorrow")]
        [InlineData(ConditionOperatorKind.Date, "2020-13-01T00:00:00Z")]
        [InlineData(ConditionOperatorKind.Date, "2020-04-31")]
        [InlineData(ConditionOperatorKind.Date, "2020/04/01 00:00")]
        [InlineData(ConditionOperatorKind.Numeric, "ten")]
        [InlineData(ConditionOperatorKind.Numeric, "1e3")]
        [InlineData(ConditionOperatorKind.Boolean, "yes")]
        [InlineData(ConditionOperatorKind.Null, "1")]
        [InlineData(ConditionOperatorKind.IpAddress, "203.0.113.0/33")]
        [InlineData(ConditionOperatorKind.IpAddress, "203.0.113")]
        [InlineData(ConditionOperatorKind.IpAddress, "10.1/16")]
        [InlineData(ConditionOperatorKind.IpAddress, "office")]
        [InlineData(ConditionOperatorKind.Binary, "not base64!")]
        public void ValuesTheOperatorCannotCompare(ConditionOperatorKind kind, string value)
        {
            Assert.NotNull(ConditionValueFormat.Problem(kind, value));
        }

        [Theory]
        [InlineData("2020-06-30T23:59:59", true)]
        [InlineData("2020-06-30T23:59", true)]
        [InlineData("2020-06-30T23:59:59Z", false)]
        [InlineData("2020-06-30T23:59:59+0900", false)]
        [InlineData("2020-06-30", false)]
        [InlineData("1593561599", false)]
        public void DateTimesWithoutAZoneAreNoticed(string value, bool withoutZone)
        {
            Assert.Equal(withoutZone, ConditionValueFormat.IsDateTimeWithoutZone(value));
        }

        [Fact]
        public void NumberValuesWrittenAsJsonNumbersAreCheckedToo()
        {
            var text = PolicyTexts.Identity(PolicyTexts.J(",'Condition':{'NumericLessThan':{'aws:MultiFactorAuthAge':3600},'Bool':{'aws:MultiFactorAuthPresent':true}}"));

            Assert.Empty(PolicyValidator.Validate(text));
        }

        [Fact]
        public void InvalidValueFindingPointsAtTheValue()
        {
            var text = PolicyTexts.Identity(PolicyTexts.J(",'Condition':{'DateLessThan':{'aws:CurrentTime':['2020-06-30T23:59:59Z','soon']}}"));

            var finding = Assert.Single(PolicyValidator.Validate(text));

            Assert.Equal("InvalidConditionValue", finding.Id);
            Assert.Equal(text.IndexOf("\"soon\"") + 1, finding.Position.Column);
        }
    }
}
