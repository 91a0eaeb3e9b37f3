using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using LocalAws.Seeding;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Policy;

namespace ScpBench
{
    /// <summary>
    /// The seed: 60 OUs four levels deep (3, then 3 under each, then 3 under each of those, then 21 under the first 21 of
    /// the third level), 999 member accounts spread over the OUs and the management account at the root, and 8 SCPs
    /// besides FullAWSAccess (which LocalAws, like AWS, attaches to every target): the guardrail on the top OUs, and
    /// others on the root, on OUs and on a hundred accounts.
    /// </summary>
    internal static class BenchOrganization
    {
        public const int Accounts = 1000;
        public const int Units = 60;
        public const int Policies = 8;

        public static SeedDocument Seed()
        {
            var units = new List<SeedUnit>();
            var levels = new List<List<string>> { new List<string> { "Root" } };
            foreach (var width in new[] { 3, 3, 3 })
            {
                var level = new List<string>();
                foreach (var parent in levels[^1])
                {
                    for (var i = 1; i <= width; i++)
                    {
                        var name = parent == "Root" ? $"OU{i}" : $"{parent}.{i}";
                        units.Add(new SeedUnit { Name = name, Parent = parent });
                        level.Add(name);
                    }
                }
                levels.Add(level);
            }
            foreach (var parent in levels[^1].Take(Units - units.Count).ToList()) units.Add(new SeedUnit { Name = parent + ".1", Parent = parent });

            var accounts = Enumerable.Range(1, Accounts - 1)
                .Select(i => new SeedAccount { Id = (600000000000L + i).ToString(), Name = $"member-{i:D4}", Parent = units[i % units.Count].Name })
                .ToList();
            var guardrail = PolicyJsonWriter.Write(GuardrailScpBuilder.Build(), PolicyJsonStyle.Minified);
            var policies = new List<SeedScp>
            {
                Scp("OSAccessGuardrail", guardrail, "OU1", "OU2", "OU3"),
                Scp("OnlyUsRegions", """{"Version":"2012-10-17","Statement":[{"Sid":"OnlyUs","Effect":"Deny","Action":"*","Resource":"*","Condition":{"StringNotLike":{"aws:RequestedRegion":"us-*"}}}]}""", "Root"),
                Scp("StayInOrganization", """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"organizations:LeaveOrganization","Resource":"*"}]}""", "Root"),
                Scp("NoRootUser", """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"StringLike":{"aws:PrincipalArn":"arn:aws:iam::*:root"}}}]}""", "OU1", "OU2"),
                Scp("ProtectCloudTrail", """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":["cloudtrail:StopLogging","cloudtrail:DeleteTrail"],"Resource":"*"}]}""", levels[2].ToArray()),
                Scp("NoSsmInSandbox", """{"Version":"2012-10-17","Statement":[{"Sid":"NoSsm","Effect":"Deny","Action":"ssm:*","Resource":"*"}]}""", "OU3.3"),
                Scp("NoLargeInstances", """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"ec2:RunInstances","Resource":"arn:aws:ec2:*:*:instance/*","Condition":{"StringLike":{"ec2:InstanceType":"*.metal"}}}]}""", levels[3].Take(12).ToArray()),
                Scp("DenyIamUsers", """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":["iam:CreateUser","iam:CreateAccessKey"],"Resource":"*"}]}""", accounts.Take(100).Select(a => a.Id).ToArray()),
            };
            var seed = DefaultSeed.Load();
            seed.Organization!.OrganizationalUnits = units;
            seed.Organization.Accounts = accounts;
            seed.Organization.ServiceControlPolicies = policies;
            seed.Instances = new();
            return seed;
        }

        /// <summary>t: every attachment, FullAWSAccess's on the root, each OU and each account included.</summary>
        public static int Attachments(SeedDocument seed) => 1 + Units + Accounts + seed.Organization!.ServiceControlPolicies.Sum(p => p.Targets.Count);

        private static SeedScp Scp(string name, string content, params string[] targets) =>
            new SeedScp { Name = name, Description = name, Content = JsonSerializer.SerializeToElement(content), Targets = targets.ToList() };
    }
}
