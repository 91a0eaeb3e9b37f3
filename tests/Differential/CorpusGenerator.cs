using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace OsAccess.Differential
{
    /// <summary>
    /// Generates requests and policies that exercise the evaluator's features: Action/NotAction and Resource/NotResource
    /// wildcards, every condition operator family with IfExists, set qualifiers, negation, several keys and values,
    /// missing keys, key-name case, multivalued keys, policy variables, SCP levels, permissions boundaries and
    /// resource policies, same-account and cross-account. Deterministic for a seed.
    /// </summary>
    public sealed class CorpusGenerator
    {
        public const string Account = "111122223333";
        public const string OtherAccount = "444455556666";

        private static readonly string[] Callers =
        {
            $"arn:aws:iam::{Account}:user/alice",
            $"arn:aws:iam::{Account}:user/bob",
            $"arn:aws:sts::{Account}:assumed-role/OSAccess/alice",
            $"arn:aws:sts::{Account}:assumed-role/Admin/bob",
        };

        private static readonly (string Action, string Resource)[] Requests =
        {
            ("ssm:StartSession", $"arn:aws:ec2:us-east-1:{Account}:instance/i-0abc"),
            ("ssm:StartSession", $"arn:aws:ssm:us-east-1:{Account}:managed-instance/mi-0abc"),
            ("ssm:SendCommand", $"arn:aws:ec2:eu-west-1:{Account}:instance/i-1def"),
            ("ssm:TerminateSession", $"arn:aws:ssm:us-east-1:{Account}:session/alice-0123"),
            ("ec2:StartInstances", $"arn:aws:ec2:us-east-1:{Account}:instance/i-0abc"),
            ("ec2:StopInstances", $"arn:aws:ec2:eu-west-1:{Account}:instance/i-1def"),
            ("sns:Publish", $"arn:aws:sns:us-east-1:{Account}:alice-topic"),
            ("sqs:SendMessage", $"arn:aws:sqs:us-east-1:{Account}:queue-1"),
            ("dynamodb:GetItem", $"arn:aws:dynamodb:us-east-1:{Account}:table/Orders"),
            ("lambda:InvokeFunction", $"arn:aws:lambda:us-east-1:{Account}:function:ops-fn"),
            ("sts:AssumeRole", $"arn:aws:iam::{Account}:role/OSAccess"),
        };

        private static readonly string[] ActionPatterns =
        {
            "*", "ssm:*", "ssm:StartSession", "ssm:Start*", "SSM:startsession", "ssm:?tartSession", "ssm:*Session",
            "ec2:*Instances", "ec2:Start*", "sns:Publish", "sqs:*", "dynamodb:Get*", "lambda:Invoke?unction", "ssm:SendCommand",
            "sts:AssumeRole", "sts:*",
        };

        private static readonly string[] ResourcePatterns =
        {
            "*", "arn:aws:ec2:*:*:instance/*", $"arn:aws:ec2:us-east-1:{Account}:instance/i-0abc", "arn:aws:ec2:*:*:instance/i-????",
            "arn:aws:ssm:*:*:managed-instance/*", "arn:aws:ssm:*:*:session/${aws:username}-*", "arn:aws:sns:*:*:${aws:username}-topic",
            $"arn:aws:sqs:us-east-1:{Account}:*", "arn:aws:dynamodb:*:*:table/Orders", "arn:aws:lambda:*:*:function:${aws:PrincipalTag/team}-*",
            "arn:aws:*:us-east-1:*:*", $"arn:aws:ec2:eu-*:{Account}:instance/*", "arn:aws:lambda:*:*:function:${aws:PrincipalTag/project, 'ops'}-fn",
            "arn:aws:sns:*:*:${*}", $"arn:aws:ssm:us-east-1:{OtherAccount}:*", "arn:aws:iam::*:role/OSAccess", "arn:aws:iam::*:role/${aws:username}",
        };

        private sealed class KeySpec
        {
            public KeySpec(string key, string family, string[] policyValues, string[] requestValues, bool multivalued = false, bool derived = false)
            {
                Key = key;
                Family = family;
                PolicyValues = policyValues;
                RequestValues = requestValues;
                Multivalued = multivalued;
                Derived = derived;
            }

            public string Key { get; }
            public string Family { get; }
            public string[] PolicyValues { get; }
            public string[] RequestValues { get; }
            public bool Multivalued { get; }
            public bool Derived { get; }
        }

        private static readonly KeySpec[] Keys =
        {
            new KeySpec("aws:username", "String", new[] { "alice", "bob", "Alice", "al*", "*o*", "b?b", "${aws:username}", "${aws:PrincipalTag/team}" }, Array.Empty<string>(), derived: true),
            new KeySpec("aws:PrincipalTag/team", "String", new[] { "ops", "dev", "OPS", "o*", "${aws:PrincipalTag/team}", "${aws:PrincipalTag/missing, 'ops'}" }, new[] { "ops", "dev", "Ops" }),
            new KeySpec("aws:RequestTag/env", "String", new[] { "prod", "dev", "pr*", "${aws:username}" }, new[] { "prod", "dev", "alice", "PROD" }),
            new KeySpec("ssm:resourceTag/owner", "String", new[] { "alice", "bob", "${aws:username}", "${aws:userid}" }, new[] { "alice", "bob", "AIDAEXAMPLE" }),
            new KeySpec("aws:PrincipalArn", "Arn", new[] { "arn:aws:iam::*:role/OSAccess", $"arn:aws:iam::{Account}:user/*", "arn:aws:iam::*:role/Admin", "arn:aws:iam::*:*/alice", $"arn:aws:iam::{OtherAccount}:role/*" }, Array.Empty<string>(), derived: true),
            new KeySpec("aws:SourceArn", "Arn", new[] { "arn:aws:sns:*:*:topic-?", $"arn:aws:sns:us-east-1:{Account}:topic-1", "arn:aws:*:*:*:topic-1" }, new[] { $"arn:aws:sns:us-east-1:{Account}:topic-1", $"arn:aws:sns:eu-west-1:{OtherAccount}:topic-2" }),
            new KeySpec("aws:MultiFactorAuthAge", "Numeric", new[] { "0", "300", "3600", "3600.0" }, new[] { "0", "300", "3600", "7200", "abc" }),
            new KeySpec("aws:CurrentTime", "Date", new[] { "2026-01-15T12:00:00Z", "2026-01-15T11:59:59Z", "2026-01-15T12:00:01Z", "2026-01-01", "2027-01-01T00:00:00Z" }, Array.Empty<string>(), derived: true),
            new KeySpec("aws:TokenIssueTime", "Date", new[] { "2026-01-15T11:00:00Z", "2026-01-15T10:00:00Z" }, new[] { "2026-01-15T10:30:00Z", "2026-01-15T11:00:00Z" }),
            new KeySpec("aws:SecureTransport", "Bool", new[] { "true", "false" }, new[] { "true", "false" }),
            new KeySpec("aws:MultiFactorAuthPresent", "Bool", new[] { "true", "false" }, new[] { "true", "false" }),
            new KeySpec("aws:SourceIp", "IpAddress", new[] { "203.0.113.0/24", "198.51.100.7", "10.0.0.0/8", "2001:db8::/32" }, new[] { "203.0.113.5", "198.51.100.7", "10.1.2.3", "192.0.2.1", "2001:db8::1" }),
            new KeySpec("custom:blob", "Binary", new[] { "QmluYXJ5", "AAEC" }, new[] { "QmluYXJ5", "AAEC", "AAED" }),
            new KeySpec("aws:TagKeys", "String", new[] { "team", "env", "owner", "t*" }, new[] { "team", "env", "owner", "cost" }, multivalued: true),
            new KeySpec("aws:CalledVia", "String", new[] { "ssm-guiconnect.amazonaws.com", "cloudformation.amazonaws.com", "*.amazonaws.com" }, new[] { "ssm-guiconnect.amazonaws.com", "cloudformation.amazonaws.com", "athena.amazonaws.com" }, multivalued: true),
        };

        private static readonly Dictionary<string, string[]> Operators = new Dictionary<string, string[]>
        {
            ["String"] = new[] { "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike" },
            ["Arn"] = new[] { "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike" },
            ["Numeric"] = new[] { "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals" },
            ["Date"] = new[] { "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals" },
            ["Bool"] = new[] { "Bool" },
            ["IpAddress"] = new[] { "IpAddress", "NotIpAddress" },
            ["Binary"] = new[] { "BinaryEquals" },
        };

        private readonly Random random;

        public CorpusGenerator(int seed) => random = new Random(seed);

        public static readonly DateTimeOffset Now = new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

        public List<DifferentialCase> Generate(int count)
        {
            var cases = new List<DifferentialCase>(count);
            for (var i = 0; i < count; i++) cases.Add(Case(i));
            return cases;
        }

        private string action = string.Empty;
        private string resource = string.Empty;

        private DifferentialCase Case(int id)
        {
            var (action, resource) = Pick(Requests);
            var crossAccount = Chance(0.15);
            var @case = new DifferentialCase
            {
                Id = id,
                Principal = Pick(Callers),
                Action = action,
                Resource = crossAccount ? resource.Replace(Account, OtherAccount) : resource,
                ResourceAccount = crossAccount ? OtherAccount : Account,
                CurrentTime = Now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            };
            this.action = @case.Action;
            this.resource = @case.Resource;
            var identityCount = random.Next(0, 3);
            for (var i = 0; i < identityCount; i++) @case.Identity.Add(Policy(random.Next(1, 4), allowBias: 0.75, principal: false));
            if (Chance(0.2)) @case.Boundary = new List<string> { Policy(random.Next(1, 3), allowBias: 0.8, principal: false) };
            var levels = Chance(0.6) ? random.Next(1, 4) : 0;
            for (var l = 0; l < levels; l++)
            {
                var level = new DifferentialScpLevel { Target = l == 0 ? "r-root" : $"ou-level-{l}" };
                if (Chance(0.7)) level.Policies.Add(FullAwsAccess);
                if (Chance(0.5) || level.Policies.Count == 0) level.Policies.Add(Policy(random.Next(1, 3), allowBias: 0.5, principal: false));
                @case.Scp.Add(level);
            }
            var assumeRole = action == "sts:AssumeRole";
            if (Chance(crossAccount || assumeRole ? 0.7 : 0.2)) @case.ResourcePolicy = Policy(random.Next(1, 3), allowBias: 0.7, principal: true);
            foreach (var key in Keys)
            {
                if (key.Derived || !Chance(0.45)) continue;
                var values = key.Multivalued
                    ? key.RequestValues.Where(_ => Chance(0.5)).ToArray()
                    : new[] { Pick(key.RequestValues) };
                if (key.Multivalued && values.Length == 0) continue;
                @case.Extra[key.Key] = values;
            }
            return @case;
        }

        public const string FullAwsAccess = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

        private string Policy(int statements, double allowBias, bool principal)
        {
            var list = new JsonArray();
            for (var i = 0; i < statements; i++) list.Add(Statement(allowBias, principal));
            return new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = list }.ToJsonString();
        }

        private JsonObject Statement(double allowBias, bool principal)
        {
            var allow = Chance(allowBias);
            var statement = new JsonObject { ["Effect"] = allow ? "Allow" : "Deny" };
            if (principal) statement[!allow && Chance(0.3) ? "NotPrincipal" : "Principal"] = Principal();
            var actions = Values(ActionPatterns, 3);
            if (Chance(0.5)) actions.Add(Pick(new[] { action, action.Split(':')[0] + ":*", "*", action.ToUpperInvariant() }));
            statement[Chance(0.85) ? "Action" : "NotAction"] = actions;
            var resources = Values(ResourcePatterns, 3);
            if (Chance(0.5)) resources.Add(Pick(new[] { resource, "*", resource.Substring(0, resource.LastIndexOf(':') + 1) + "*" }));
            statement[Chance(0.85) ? "Resource" : "NotResource"] = resources;
            var conditions = Chance(0.3) ? 0 : random.Next(1, 4);
            if (conditions > 0)
            {
                var block = new JsonObject();
                for (var i = 0; i < conditions; i++) AddCondition(block);
                statement["Condition"] = block;
            }
            return statement;
        }

        private JsonNode Principal()
        {
            if (Chance(0.2)) return "*";
            var choices = new[]
            {
                Account, $"arn:aws:iam::{Account}:root", $"arn:aws:iam::{Account}:user/alice", $"arn:aws:iam::{Account}:role/OSAccess",
                $"arn:aws:sts::{Account}:assumed-role/Admin/bob", $"arn:aws:iam::{OtherAccount}:root", "*",
            };
            return new JsonObject { ["AWS"] = Values(choices, 2) };
        }

        private void AddCondition(JsonObject block)
        {
            var key = Pick(Keys);
            string op;
            if (Chance(0.1))
            {
                op = "Null";
            }
            else
            {
                op = Pick(Operators[key.Family]);
                if (key.Multivalued || Chance(0.08)) op = (Chance(0.5) ? "ForAllValues:" : "ForAnyValue:") + op;
                if (Chance(0.2)) op += "IfExists";
            }
            var name = Chance(0.15) ? key.Key.ToUpperInvariant() : key.Key;
            var values = op == "Null" ? new JsonArray(Chance(0.5) ? "true" : "false") : Values(key.PolicyValues, 2);
            if (!(block[op] is JsonObject keys))
            {
                keys = new JsonObject();
                block[op] = keys;
            }
            if (keys.Any(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))) return;
            keys[name] = values.Count == 1 && Chance(0.5) ? values[0]!.DeepClone() : values;
        }

        private JsonArray Values(string[] pool, int most)
        {
            var count = random.Next(1, most + 1);
            var array = new JsonArray();
            foreach (var value in pool.OrderBy(_ => random.Next()).Take(count)) array.Add(value);
            return array;
        }

        private T Pick<T>(T[] items) => items[random.Next(items.Length)];

        private bool Chance(double probability) => random.NextDouble() < probability;

        /// <summary>Whether a key is multivalued (the oracle receives its values as an array).</summary>
        public static bool IsMultivalued(string key) => Keys.Any(k => k.Multivalued && string.Equals(k.Key, key, StringComparison.OrdinalIgnoreCase));
    }
}
