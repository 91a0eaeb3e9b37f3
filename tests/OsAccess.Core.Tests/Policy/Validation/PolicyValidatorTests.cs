using System.Linq;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;
using static OsAccess.Core.Tests.Policy.Validation.PolicyTexts;

namespace OsAccess.Core.Tests.Policy.Validation
{
    /// <summary>The validator's behaviour as a whole: positions, order, statements, documents built in code.</summary>
    public class PolicyValidatorTests
    {
        [Fact]
        public void ParseErrorCarriesTheParsersLineAndColumn()
        {
            var text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\" \"Action\": \"*\"}\n  ]\n}";

            var finding = Assert.Single(PolicyValidator.Validate(text));

            Assert.Equal("ParseError", finding.Id);
            Assert.Equal(4, finding.Position.Line);
            Assert.False(PolicyValidator.IsValid(new[] { finding }));
        }

        [Fact]
        public void InvalidCharacterPointsAtTheCharacter()
        {
            var text = "{\n\"Version\":\"2012-10-17\",\n\"Statement\":{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"arn:aws:s3:::b\u2014x\"}}";

            var finding = Assert.Single(PolicyValidator.Validate(text));

            Assert.Equal("InvalidCharacter", finding.Id);
            Assert.Equal(new SourcePosition(3, text.Split('\n')[2].IndexOf('\u2014') + 1), finding.Position);
            Assert.Contains("U+2014", finding.Message);
        }

        [Fact]
        public void DocumentationAccountIdsGiveOneFindingPerDocumentListingThePlaces()
        {
            var text = PolicyOf(
                Statement("'Sid':'A','Effect':'Allow','Action':'ssm:StartSession','Resource':['arn:aws:ec2:*:123456789012:instance/*','arn:aws:ssm:*:123456789012:document/x']"),
                Statement("'Sid':'B','Effect':'Allow','Action':'ec2:DescribeInstances','Resource':'*','Condition':{'StringEquals':{'aws:ResourceAccount':'123456789012'}}"));

            var finding = Assert.Single(PolicyValidator.Validate(text), f => f.Id == "SampleAccountId");

            var first = text.IndexOf("\"arn:aws:ec2:*:123456789012") + 1;
            var second = text.IndexOf("\"arn:aws:ssm:*:123456789012") + 1;
            var third = text.IndexOf("\"123456789012\"") + 1;
            Assert.Equal(new SourcePosition(1, first), finding.Position);
            Assert.Equal(1, finding.StatementNumber);
            Assert.Equal(
                "Account 123456789012, which AWS's documentation uses in examples, is named in 3 places: " +
                $"Resource at line 1, column {first}; Resource at line 1, column {second}; " +
                $"Condition value of \"aws:ResourceAccount\" at line 1, column {third}. Put your own account id there.",
                finding.Message);
        }

        [Fact]
        public void DocumentationAccountIdsInABuiltDocumentAreListedByStatement()
        {
            var document = OsAccess.Core.Guardrail.OsAccessRolePolicyBuilder.Build("123456789012");

            var finding = Assert.Single(PolicyValidator.Validate(document, PolicyType.RoleInline), f => f.Id == "SampleAccountId");

            Assert.Matches("^Account 123456789012, which AWS's documentation uses in examples, is named in [0-9]+ places: Resource of statement [A-Za-z0-9]+; ", finding.Message);
        }

        [Fact]
        public void FindingsComeInTheOrderOfTheText()
        {
            var text = PolicyOf(
                Statement("'Sid':'A','Effect':'allow','Action':'SSM:StartSession','Resource':'arn:aws:ec2:*:account-id:instance/*'"),
                Statement("'Sid':'A','Effect':'Deny','Action':'ec2:*'"));

            var findings = PolicyValidator.Validate(text);

            Assert.Equal(new[] { "InvalidEffect", "InvalidActionFormat", "Placeholder", "MissingResource", "DuplicateSid" }, findings.Select(f => f.Id));
            Assert.Equal(findings.OrderBy(f => f.Position.Line).ThenBy(f => f.Position.Column).Select(f => f.Id), findings.Select(f => f.Id));
            Assert.Equal(new int?[] { 1, 1, 1, 2, 2 }, findings.Select(f => f.StatementNumber));
        }

        [Fact]
        public void ThirdStatementWithTheSameSidIsReportedAgainstTheFirst()
        {
            var text = PolicyOf(
                Statement("'Sid':'A','Effect':'Deny','Action':'ssm:*','Resource':'*'"),
                Statement("'Sid':'a','Effect':'Deny','Action':'ssm:*','Resource':'*'"),
                Statement("'Sid':'A','Effect':'Deny','Action':'ssm:*','Resource':'*'"));

            var findings = PolicyValidator.Validate(text);

            Assert.Equal(new[] { "DuplicateSidIgnoringCase", "DuplicateSid" }, findings.Select(f => f.Id));
            Assert.Contains("statement 1", findings[1].Message);
        }

        [Fact]
        public void EmptyActionListIsMissingAction()
        {
            var finding = Assert.Single(PolicyValidator.Validate(Identity().Replace(J("'ssm:StartSession'"), "[]")));

            Assert.Equal("MissingAction", finding.Id);
            Assert.Contains("empty", finding.Message);
        }

        [Fact]
        public void EffectInTheWrongCaseSaysWhichSpellingIsMeant()
        {
            var finding = Assert.Single(PolicyValidator.Validate(Identity().Replace(J("'Allow'"), J("'ALLOW'"))));

            Assert.Contains("did you mean \"Allow\"?", finding.Message);
        }

        [Fact]
        public void DocumentBuiltInCodeIsValidatedWithoutPositions()
        {
            var document = new PolicyDocument
            {
                Version = "2012-10-17",
                Statements = new[]
                {
                    new PolicyStatement
                    {
                        Effect = "Allow",
                        Action = new PolicyText[] { "sts:AssumeRole" },
                        Resource = new PolicyText[] { "arn:aws:iam::account-id:role/OSAccess" },
                    },
                },
            };

            var finding = Assert.Single(PolicyValidator.Validate(document, PolicyType.UserInline));

            Assert.Equal("Placeholder", finding.Id);
            Assert.False(finding.Position.IsKnown);
            Assert.Equal(1, finding.StatementNumber);
            Assert.StartsWith("Error Placeholder [statement 1]: ", finding.ToString());
        }

        [Fact]
        public void FindingToStringNamesSeverityIdPlaceAndStatement()
        {
            var finding = new PolicyFinding("DuplicateSid", PolicyFindingSeverity.Error, "Fix it.", new SourcePosition(3, 7), 1, "A");

            Assert.Equal("Error DuplicateSid (line 3, column 7) [statement 1 A]: Fix it.", finding.ToString());
        }

        [Fact]
        public void PolicyVariablesInActionsAreLeftToTheActionCheck()
        {
            var text = Identity().Replace("2012-10-17", "2008-10-17").Replace("instance/*", "instance/${aws:username}");

            Assert.Equal(new[] { "LegacyVersion", "PolicyVariableWithoutVersion" }, PolicyValidator.Validate(text).Select(f => f.Id));
        }
    }
}
