using System.Globalization;
using System.Linq;
using CsCheck;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Tests.Policy
{
    public class PolicyJsonWriterTests
    {
        [Fact]
        public void MinifiedFormIsCanonical()
        {
            var document = PolicyParser.Parse(@"{
                ""Statement"": {""Condition"": {""Bool"": {""aws:SecureTransport"": false}}, ""Resource"": [""*""], ""Action"": ""s3:*"", ""Effect"": ""Deny""},
                ""Version"": ""2012-10-17""
            }");

            Assert.Equal(
                @"{""Version"":""2012-10-17"",""Statement"":[{""Effect"":""Deny"",""Action"":""s3:*"",""Resource"":""*"",""Condition"":{""Bool"":{""aws:SecureTransport"":false}}}]}",
                PolicyJsonWriter.Write(document));
        }

        [Fact]
        public void IndentedFormPutsOneMemberPerLine()
        {
            var document = PolicyParser.Parse(@"{""Version"":""2012-10-17"",""Statement"":[{""Effect"":""Allow"",""Action"":[""a:b"",""c:d""],""Resource"":""*""}]}");

            var expected = string.Join("\n",
                "{",
                "  \"Version\": \"2012-10-17\",",
                "  \"Statement\": [",
                "    {",
                "      \"Effect\": \"Allow\",",
                "      \"Action\": [",
                "        \"a:b\",",
                "        \"c:d\"",
                "      ],",
                "      \"Resource\": \"*\"",
                "    }",
                "  ]",
                "}");
            Assert.Equal(expected, PolicyJsonWriter.Write(document, PolicyJsonStyle.Indented));
        }

        [Fact]
        public void StringsAreEscapedAsJsonRequires()
        {
            var document = new PolicyDocument
            {
                Statements = new[] { new PolicyStatement { Sid = "q\"b\\n\nt\tc\u0001é" } },
            };

            var json = PolicyJsonWriter.Write(document);

            Assert.Equal("{\"Statement\":[{\"Sid\":\"q\\\"b\\\\n\\nt\\tc\\u0001é\"}]}", json);
            Assert.Equal("q\"b\\n\nt\tc\u0001é", PolicyParser.Parse(json).Statements[0].Sid?.Value);
        }

        [Fact]
        public void ConditionsRegroupUnderTheirOperator()
        {
            var document = new PolicyDocument
            {
                Statements = new[]
                {
                    new PolicyStatement
                    {
                        Conditions = new[]
                        {
                            StatementLists.Condition("StringEquals", "a", "1"),
                            StatementLists.Condition("Bool", "b", "true"),
                            StatementLists.Condition("StringEquals", "c", "2", "3"),
                        },
                    },
                },
            };

            Assert.Equal(
                "{\"Statement\":[{\"Condition\":{\"StringEquals\":{\"a\":\"1\",\"c\":[\"2\",\"3\"]},\"Bool\":{\"b\":\"true\"}}}]}",
                PolicyJsonWriter.Write(document));
        }

        [Fact]
        public void SeedDocumentsRoundTrip()
        {
            foreach (var text in new[] { SeedFiles.GuardrailScp, SeedFiles.AssumeRoleGrant })
            {
                var once = PolicyJsonWriter.Write(PolicyParser.Parse(text));
                Assert.Equal(once, PolicyJsonWriter.Write(PolicyParser.Parse(once)));
            }
        }

        [Fact]
        public void WritingIsStableAndRoundTripsForGeneratedDocuments()
        {
            PolicyDocumentGen.Document.Sample(document =>
            {
                var minified = PolicyJsonWriter.Write(document);
                var indented = PolicyJsonWriter.Write(document, PolicyJsonStyle.Indented);

                Assert.Equal(minified, PolicyJsonWriter.Write(document));
                Assert.Equal(minified, PolicyJsonWriter.Write(PolicyParser.Parse(minified)));
                Assert.Equal(minified, PolicyJsonWriter.Write(PolicyParser.Parse(indented)));
                Assert.Equal(indented, PolicyJsonWriter.Write(PolicyParser.Parse(indented), PolicyJsonStyle.Indented));
            }, iter: 2000);
        }
    }

    /// <summary>Random policy documents covering every element and value kind.</summary>
    internal static class PolicyDocumentGen
    {
        private static Gen<T> OneOf<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

        private static readonly Gen<string> Text = Gen.String[Gen.Char, 0, 12];

        private static readonly Gen<PolicyText[]> Texts =
            Text.Array[1, 3].Select(values => values.Select(v => (PolicyText)v).ToArray());

        private static readonly Gen<PolicyText[]?> OptionalTexts = Gen.Frequency((1, Gen.Int[0, 0].Select(_ => (PolicyText[]?)null)), (2, Texts.Select(t => (PolicyText[]?)t)));

        private static readonly Gen<ConditionValue> Value = Gen.OneOf(
            Text.Select(t => (ConditionValue)t),
            Gen.Int.Select(i => new ConditionValue(i.ToString(CultureInfo.InvariantCulture), ConditionValueKind.Number, default)),
            Gen.Bool.Select(ConditionValue.Boolean));

        private static readonly Gen<PolicyCondition[]> Conditions =
            Gen.Select(OneOf("StringEquals", "ArnNotLike", "DateLessThan", "ForAnyValue:StringLike", "Bool"), Value.Array[1, 3])
                .Array[0, 4]
                .Select(pairs => pairs.Select((p, i) => new PolicyCondition(p.Item1, $"k{i}", p.Item2)).ToArray());

        private static readonly Gen<PolicyPrincipal?> Principal = Gen.Frequency(
            (2, Gen.Int[0, 0].Select(_ => (PolicyPrincipal?)null)),
            (1, Gen.Int[0, 0].Select(_ => (PolicyPrincipal?)PolicyPrincipal.Everyone())),
            (1, Gen.Int[1, 4].SelectMany(count => Texts.Array[count].Select(values =>
                (PolicyPrincipal?)PolicyPrincipal.Of(values.Select((v, i) => new PrincipalEntry(PolicyPrincipal.KnownTypes[i], v)).ToArray())))));

        private static readonly Gen<PolicyText?> OptionalText = Gen.Frequency((1, Gen.Int[0, 0].Select(_ => (PolicyText?)null)), (2, Text.Select(t => (PolicyText?)t)));

        private static readonly Gen<PolicyStatement> Statement =
            Gen.Select(OptionalText, OneOf<PolicyText?>("Allow", "Deny", null), Principal, OptionalTexts, OptionalTexts, OptionalTexts, Conditions)
                .Select((sid, effect, principal, action, notAction, resource, conditions) => new PolicyStatement
                {
                    Sid = sid,
                    Effect = effect,
                    Principal = principal,
                    Action = action,
                    NotAction = notAction,
                    Resource = resource,
                    Conditions = conditions,
                });

        public static readonly Gen<PolicyDocument> Document =
            Gen.Select(OptionalText, OptionalText, Statement.Array[0, 4])
                .Select((version, id, statements) => new PolicyDocument { Version = version, Id = id, Statements = statements });
    }
}
