using System.Linq;
using CsCheck;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;
using static OsAccess.Core.Tests.Policy.Validation.PolicyTexts;

namespace OsAccess.Core.Tests.Policy.Validation
{
    /// <summary>Properties over generated policies built from pieces that are right, wrong, or left unfinished.</summary>
    public class PolicyValidatorPropertyTests
    {
        private static readonly Gen<string> Sid = Gen.OneOf("", "'Sid':'A',", "'Sid':'a',", "'Sid':'B 1',");
        private static readonly Gen<string> Effect = Gen.OneOf("'Effect':'Allow',", "'Effect':'Deny',", "'Effect':'allow',", "");
        private static readonly Gen<string> Principal = Gen.OneOf("", "'Principal':'*',", "'NotPrincipal':{'AWS':'arn:aws:iam::111111111111:root'},");
        private static readonly Gen<string> Action = Gen.OneOf("'Action':'ssm:StartSession',", "'Action':['SSM:x','*'],", "'NotAction':'ec2:*',", "'Action':[],", "");
        private static readonly Gen<string> Resource = Gen.OneOf("'Resource':'*'", "'Resource':'arn:aws:ec2:*:account-id:instance/*'", "'NotResource':['arn:x','arn:aws:s3:::b/${aws:username}']", "'Resource':'123456789012'", "'Sid2':'x'");
        private static readonly Gen<string> Condition = Gen.OneOf("", ",'Condition':{'DateLessThan':{'aws:CurrentTime':'2020-06-30T23:59:59'}}", ",'Condition':{'ForAllValues:StringLike':{'aws:TagKeys':'*'}}", ",'Condition':{'NullIfExists':{'k':'x'}}", ",'Condition':{'IpAddress':{'aws:SourceIp':['10.0.0.0/8','x']}}");
        private static readonly Gen<string> Version = Gen.OneOf("'Version':'2012-10-17',", "'Version':'2008-10-17',", "'Version':'1',", "");
        private static readonly Gen<PolicyType> Type = Gen.Enum<PolicyType>();

        private static readonly Gen<string> Statement = Gen.Select(Sid, Effect, Principal, Action, Resource, Condition)
            .Select((sid, effect, principal, action, resource, condition) => "{" + sid + effect + principal + action + resource + condition + "}");

        private static readonly Gen<string> Policy = Gen.Select(Version, Statement.Array[0, 4])
            .Select((version, statements) => J("{" + version + "'Statement':[" + string.Join(",", statements) + "]}"));

        [Fact]
        public void ValidatingNeverThrowsAndEveryFindingHasAKnownIdAndSeverity()
        {
            Gen.Select(Policy, Type).Sample((text, type) =>
            {
                foreach (var finding in PolicyValidator.Validate(text, type))
                {
                    var rule = PolicyFindingRules.All.Single(r => r.Id == finding.Id);
                    Assert.Equal(rule.Severity, finding.Severity);
                    Assert.True(finding.Position.IsKnown);
                }
            });
        }

        [Fact]
        public void AnyTextThatDoesNotParseGivesExactlyOneParseErrorAtTheParsersPosition()
        {
            Gen.String.Sample(text =>
            {
                var findings = PolicyValidator.Validate(text, PolicyType.Identity);
                if (PolicyParser.TryParse(text, out _, out var error))
                {
                    Assert.DoesNotContain(findings, f => f.Id == PolicyFindingRules.ParseError.Id);
                    return;
                }
                var finding = Assert.Single(findings);
                Assert.Equal((PolicyFindingRules.ParseError.Id, error!.Position), (finding.Id, finding.Position));
                Assert.StartsWith(error.Reason, finding.Message);
            });
        }

        [Fact]
        public void TextAndItsParsedDocumentGiveTheSameFindingsApartFromSize()
        {
            Gen.Select(Policy, Type).Where((text, _) => PolicyParser.TryParse(text, out var _, out var _)).Sample((text, type) =>
            {
                var fromText = PolicyValidator.Validate(text, type).Where(f => !f.Id.Contains("Size")).Select(f => (f.Id, f.Position));
                var fromDocument = PolicyValidator.Validate(PolicyParser.Parse(text), type).Where(f => !f.Id.Contains("Size")).Select(f => (f.Id, f.Position));
                Assert.Equal(fromText, fromDocument);
            });
        }

        [Fact]
        public void FindingsAreInTheOrderOfTheText()
        {
            Gen.Select(Policy, Type).Sample((text, type) =>
            {
                var positions = PolicyValidator.Validate(text, type).Select(f => (f.Position.Line, f.Position.Column)).ToList();
                Assert.Equal(positions.OrderBy(p => p.Line).ThenBy(p => p.Column), positions);
            });
        }
    }
}
