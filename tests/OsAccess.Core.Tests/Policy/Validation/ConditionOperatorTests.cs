using System.Linq;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Tests.Policy.Validation
{
    /// <summary>Operator names from "IAM JSON policy elements: Condition operators".</summary>
    public class ConditionOperatorTests
    {
        [Theory]
        [InlineData("StringEquals", ConditionOperatorKind.String)]
        [InlineData("StringNotEquals", ConditionOperatorKind.String)]
        [InlineData("StringEqualsIgnoreCase", ConditionOperatorKind.String)]
        [InlineData("StringNotEqualsIgnoreCase", ConditionOperatorKind.String)]
        [InlineData("StringLike", ConditionOperatorKind.String)]
        [InlineData("StringNotLike", ConditionOperatorKind.String)]
        [InlineData("NumericEquals", ConditionOperatorKind.Numeric)]
        [InlineData("NumericNotEquals", ConditionOperatorKind.Numeric)]
        [InlineData("NumericLessThan", ConditionOperatorKind.Numeric)]
        [InlineData("NumericLessThanEquals", ConditionOperatorKind.Numeric)]
        [InlineData("NumericGreaterThan", ConditionOperatorKind.Numeric)]
        [InlineData("NumericGreaterThanEquals", ConditionOperatorKind.Numeric)]
        [InlineData("DateEquals", ConditionOperatorKind.Date)]
        [InlineData("DateNotEquals", ConditionOperatorKind.Date)]
        [InlineData("DateLessThan", ConditionOperatorKind.Date)]
        [InlineData("DateLessThanEquals", ConditionOperatorKind.Date)]
        [InlineData("DateGreaterThan", ConditionOperatorKind.Date)]
        [InlineData("DateGreaterThanEquals", ConditionOperatorKind.Date)]
        [InlineData("Bool", ConditionOperatorKind.Boolean)]
        [InlineData("BinaryEquals", ConditionOperatorKind.Binary)]
        [InlineData("IpAddress", ConditionOperatorKind.IpAddress)]
        [InlineData("NotIpAddress", ConditionOperatorKind.IpAddress)]
        [InlineData("ArnEquals", ConditionOperatorKind.Arn)]
        [InlineData("ArnLike", ConditionOperatorKind.Arn)]
        [InlineData("ArnNotEquals", ConditionOperatorKind.Arn)]
        [InlineData("ArnNotLike", ConditionOperatorKind.Arn)]
        [InlineData("Null", ConditionOperatorKind.Null)]
        public void EveryBaseOperatorIsKnownWithItsFamily(string name, ConditionOperatorKind kind)
        {
            Assert.True(ConditionOperator.TryParse(name, out var op));
            Assert.Equal((name, kind, false, ConditionSetQualifier.None), (op!.BaseName, op.Kind, op.IfExists, op.SetQualifier));
        }

        [Fact]
        public void ThereAre27BaseOperators()
        {
            Assert.Equal(27, ConditionOperator.BaseOperatorNames.Count());
        }

        [Fact]
        public void EveryOperatorButNullTakesIfExistsAndBothSetQualifiers()
        {
            foreach (var baseName in ConditionOperator.BaseOperatorNames.Where(n => n != "Null"))
            {
                foreach (var (qualifier, set) in new[] { ("", ConditionSetQualifier.None), ("ForAllValues:", ConditionSetQualifier.ForAllValues), ("ForAnyValue:", ConditionSetQualifier.ForAnyValue) })
                {
                    Assert.True(ConditionOperator.TryParse(qualifier + baseName + "IfExists", out var op), qualifier + baseName + "IfExists");
                    Assert.Equal(baseName, op!.BaseName);
                    Assert.True(op.IfExists);
                    Assert.Equal(set, op.SetQualifier);
                }
            }
        }

        [Theory]
        [InlineData("StringEquals", OrderComparison.Equal, false, false, false)]
        [InlineData("StringNotEqualsIgnoreCase", OrderComparison.Equal, true, true, false)]
        [InlineData("StringNotLike", OrderComparison.Equal, true, false, true)]
        [InlineData("NumericLessThanEquals", OrderComparison.LessThanOrEqual, false, false, false)]
        [InlineData("NumericNotEquals", OrderComparison.Equal, true, false, false)]
        [InlineData("DateGreaterThan", OrderComparison.GreaterThan, false, false, false)]
        [InlineData("DateLessThan", OrderComparison.LessThan, false, false, false)]
        [InlineData("DateGreaterThanEquals", OrderComparison.GreaterThanOrEqual, false, false, false)]
        [InlineData("NotIpAddress", OrderComparison.Equal, true, false, false)]
        [InlineData("ArnEquals", OrderComparison.Equal, false, false, true)]
        [InlineData("ArnNotLike", OrderComparison.Equal, true, false, true)]
        [InlineData("Bool", OrderComparison.Equal, false, false, false)]
        public void TheBaseOperatorGivesOrderNegationCaseAndWildcards(string name, OrderComparison order, bool negated, bool ignoreCase, bool wildcards)
        {
            Assert.True(ConditionOperator.TryParse("ForAnyValue:" + name + "IfExists", out var op));
            Assert.Equal((order, negated, ignoreCase, wildcards), (op!.Order, op.Negated, op.IgnoreCase, op.Wildcards));
        }

        [Theory]
        [InlineData("NullIfExists", "Null")]
        [InlineData("stringequals", "StringEquals")]
        [InlineData("forallvalues:stringlike", "ForAllValues:StringLike")]
        [InlineData("DateLessThanIfexists", "DateLessThanIfExists")]
        [InlineData("BOOL", "Bool")]
        [InlineData("StringEqual", "StringEquals")]
        [InlineData("StringEqualz", "StringEquals")]
        [InlineData("DateGreatherThan", "DateGreaterThan")]
        [InlineData("NumericLessThanOrEquals", "NumericLessThanEquals")]
        [InlineData("ForAllValues:StringLikee", "ForAllValues:StringLike")]
        [InlineData("StirngLikeIfExists", "StringLikeIfExists")]
        [InlineData("Boolean", null)]
        [InlineData("ForEachValue:StringEquals", null)]
        [InlineData("ForAllValues:", null)]
        [InlineData("IfExists", null)]
        [InlineData("StringEqualsIfExistsIfExists", null)]
        [InlineData("ForAllValues:ForAnyValue:StringEquals", null)]
        [InlineData("NumericBetween", null)]
        [InlineData("", null)]
        public void UnknownOperatorsAreRefusedWithASuggestionWhereOneFits(string name, string? suggestion)
        {
            Assert.False(ConditionOperator.TryParse(name, out _));
            Assert.Equal(suggestion, ConditionOperator.Suggest(name));
        }

        [Fact]
        public void MisspeltOperatorFindingSuggestsTheNearestOperatorInsteadOfListingThemAll()
        {
            var text = PolicyTexts.Identity(PolicyTexts.J(",'Condition':{'StringEqualz':{'aws:username':'alice'}}"));

            var finding = Assert.Single(PolicyValidator.Validate(text), f => f.Id == "UnknownConditionOperator");

            Assert.Equal("\"StringEqualz\" is not a condition operator: did you mean \"StringEquals\"?", finding.Message);
        }

        [Fact]
        public void OperatorFarFromAnyStillListsThemAll()
        {
            var text = PolicyTexts.Identity(PolicyTexts.J(",'Condition':{'NumericBetween':{'s3:max-keys':'10'}}"));

            var finding = Assert.Single(PolicyValidator.Validate(text), f => f.Id == "UnknownConditionOperator");

            Assert.Contains("use one of StringEquals, StringNotEquals,", finding.Message);
        }

        [Fact]
        public void UnknownOperatorFindingPointsAtTheOperatorAndSuggestsTheSpelling()
        {
            var text = PolicyTexts.Identity(PolicyTexts.J(",'Condition':{'stringequals':{'aws:username':'alice'}}"));

            var finding = Assert.Single(PolicyValidator.Validate(text), f => f.Id == "UnknownConditionOperator");

            Assert.Equal(text.IndexOf("\"stringequals\"") + 1, finding.Position.Column);
            Assert.Contains("did you mean \"StringEquals\"?", finding.Message);
        }
    }
}
