using System;
using System.Linq;
using System.Text.RegularExpressions;
using OsAccess.Core.Grants;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Guardrail.Compliance;
using OsAccess.Core.Policy;
using OsAccess.Core.Requests;
using OsAccess.Core.Roles;
using OsAccess.Workflows.Report;
using OsAccess.Workflows.Sessions;

namespace OsAccess.Workflows.Tests.Report
{
    /// <summary>The access-review page as text: what it holds, encoded, and that it fetches and runs nothing.</summary>
    public class AccessReportHtmlTests
    {
        private const string FullAwsAccess = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
        private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

        private static OSAccessScpResult Check(string accountId, string name, bool guarded)
        {
            var policies = new[] { new ServiceControlPolicy("p-FullAWSAccess", "FullAWSAccess", FullAwsAccess) }.ToList();
            if (guarded) policies.Add(new ServiceControlPolicy("p-guardrail1", "OSAccessGuardrail", PolicyJsonWriter.Write(GuardrailScpBuilder.Build(), PolicyJsonStyle.Minified)));
            var path = new AccountScpPath(accountId, name, new[]
            {
                new ScpLevel("r-ab12", "Root", policies),
                new ScpLevel("ou-ab12-workload", "Workloads", policies),
                new ScpLevel(accountId, name, policies),
            });
            return new GuardrailChecker(new GuardrailCheckOptions(new GuardrailScpOptions().Resolve())).Check(path);
        }

        private static AccessReport Report() => new(Noon, "arn:aws:iam::111111111111:user/<admin>")
        {
            Accounts = ReportAccount.Merge(
                new[] { Check("222222222222", "prod & <co>", guarded: false), Check("333333333333", "dev", guarded: true) },
                new[]
                {
                    new OSAccessRoleTestResult("222222222222", "arn:aws:iam::222222222222:role/OSAccess", new OSAccessRoleFinding[0]),
                    new OSAccessRoleTestResult("333333333333", "arn:aws:iam::333333333333:role/OSAccess", new OSAccessRoleFinding[0]),
                    new OSAccessRoleTestResult("444444444444", "arn:aws:iam::444444444444:role/OSAccess",
                        new[] { new OSAccessRoleFinding("444444444444", RoleFindingRules.RoleMissing, "No role.", "Publish-OSAccessRole") }),
                }),
            Grants = new[]
            {
                new ReportGrant { GrantId = "0a1b2c3d", UserName = "dana", AccountIds = new[] { "222222222222" }, Status = GrantStatus.Active, Managed = true,
                    NotBefore = Noon, NotAfter = Noon.AddHours(1), Reason = "CHG-1 <b>patch</b>" },
                new ReportGrant { GrantId = "4e5f6a7b", UserName = "erin", AccountIds = new[] { "333333333333" }, Status = GrantStatus.Pending, Managed = true },
            },
            StandingAccess = new[] { new ReportGrant { UserName = "admin", Status = GrantStatus.Standing, PolicyName = "AdministratorAccess", AttachedTo = "user admin" } },
            Sessions = new[] { new SessionRecord { AccountId = "222222222222", Region = "us-east-1", SessionId = "dana-0123", Target = "i-0a1b", UserName = "dana", StartDate = Noon } },
        };

        [Fact]
        public void Marks_each_failing_account_with_a_class_and_a_text_marker_and_only_those()
        {
            var html = AccessReportHtml.Render(Report());

            var rows = Regex.Matches(html, "<tr class=\"account( failing)?\" data-account=\"(\\d+)\">(.*?)</tr>").Select(m => (Failing: m.Groups[1].Success, Account: m.Groups[2].Value, Text: m.Groups[3].Value)).ToList();
            Assert.Equal(new[] { "222222222222", "333333333333", "444444444444" }, rows.Select(r => r.Account));
            Assert.Equal(new[] { true, false, true }, rows.Select(r => r.Failing));
            Assert.Contains(AccessReportHtml.FailingMarker, rows[0].Text);
            Assert.DoesNotContain(AccessReportHtml.FailingMarker, rows[1].Text);
            Assert.Contains("OSAccessRole.Missing", rows[2].Text);
            Assert.Contains("<li class=\"failing\">2 not compliant", html);
        }

        [Fact]
        public void Encodes_every_value_it_was_given()
        {
            var html = AccessReportHtml.Render(Report());

            Assert.Contains("prod &amp; &lt;co&gt;", html);
            Assert.Contains("CHG-1 &lt;b&gt;patch&lt;/b&gt;", html);
            Assert.Contains("user/&lt;admin&gt;", html);
            Assert.DoesNotContain("<admin>", html);
            Assert.DoesNotContain("<b>", html);
        }

        [Fact]
        public void Fetches_and_runs_nothing()
        {
            var html = AccessReportHtml.Render(Report());

            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"", html);
            Assert.Contains("@media print", html);
        }

        [Fact]
        public void Lists_every_grant_standing_access_and_session_with_who_made_it_and_when()
        {
            var html = AccessReportHtml.Render(Report());

            Assert.Equal(2, Regex.Matches(html, "<tr class=\"grant\">").Count);
            Assert.Contains("<code>0a1b2c3d</code>", html);
            Assert.Contains("<code>4e5f6a7b</code>", html);
            Assert.Contains("2026-12-01 13:00:00 UTC", html);
            Assert.Single(Regex.Matches(html, "<tr class=\"standing\">"));
            Assert.Contains("AdministratorAccess", html);
            Assert.Single(Regex.Matches(html, "<tr class=\"session\">"));
            Assert.Contains("<dd id=\"generated-at\">2026-12-01 12:00:00 UTC</dd>", html);
        }

        [Fact]
        public void Says_which_sections_were_not_part_of_the_input()
        {
            var html = AccessReportHtml.Render(new AccessReport(Noon, "arn:aws:iam::111111111111:user/admin") { Grants = new ReportGrant[0] });

            Assert.Contains("No grant.", html);
            Assert.Contains("no Test-OSAccessScp or Test-OSAccessRole results were given", html);
            Assert.Contains("no Get-OSAccessSession results were given", html);
            Assert.Contains("no Get-OSAccessGrant -IncludeUnmanaged results were given", html);
            Assert.Contains("no Get-OSAccessRequest results were given", html);
            Assert.DoesNotContain(AccessReportHtml.DirectMarker, html);
        }

        private static AccessReport WithRequests() => new(Noon, "arn:aws:iam::111111111111:user/admin")
        {
            Grants = new[]
            {
                new ReportGrant { GrantId = "oi-0123456789ab", UserName = "dana", AccountIds = new[] { "222222222222" }, Status = GrantStatus.Active, Managed = true,
                    GrantedBy = "arn:aws:iam::111111111111:user/carol" },
                new ReportGrant { GrantId = "4e5f6a7b", UserName = "erin", AccountIds = new[] { "333333333333" }, Status = GrantStatus.Active, Managed = true },
                new ReportGrant { GrantId = "oi-ffffffffffff", UserName = "erin", AccountIds = new[] { "333333333333" }, Status = GrantStatus.Active, Managed = true },
            },
            Requests = new[]
            {
                new ReportRequest { RequestId = "oi-0123456789ab", UserName = "dana", AccountIds = new[] { "222222222222" }, Start = Noon, End = Noon.AddHours(2),
                    Reason = "INC-7 <script>alert(\"x\")</script> 'q'", Status = AccessRequestStatus.Approved, RequestedAt = Noon.AddMinutes(-5),
                    DecidedBy = "arn:aws:iam::111111111111:user/carol", DecidedAt = Noon.AddMinutes(-1), Comment = "ok <b>", GrantId = "oi-0123456789ab" },
                new ReportRequest { RequestId = "oi-aaaaaaaaaaaa", UserName = "erin", AccountIds = new[] { "333333333333" }, Start = Noon, End = Noon.AddHours(1),
                    Status = AccessRequestStatus.Pending, RequestedAt = Noon },
            },
        };

        [Fact]
        public void Lists_each_request_and_links_the_grant_it_made_to_it()
        {
            var html = AccessReportHtml.Render(WithRequests());

            var rows = Regex.Matches(html, "<tr class=\"request\" id=\"request-(oi-[0-9a-f]{12})\">(.*?)</tr>").Select(m => (Id: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();
            Assert.Equal(new[] { "oi-aaaaaaaaaaaa", "oi-0123456789ab" }, rows.Select(r => r.Id));
            Assert.Contains("INC-7 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;q&#39;", rows[1].Text);
            Assert.Contains("ok &lt;b&gt;", rows[1].Text);
            Assert.Contains("2026-12-01 12:00:00 UTC<br>to 2026-12-01 14:00:00 UTC", rows[1].Text);
            Assert.Contains("<code>arn:aws:iam::111111111111:user/carol</code><br>2026-12-01 11:59:00 UTC", rows[1].Text);
            Assert.Contains("<li>2 requests</li>", html);
            Assert.Contains("<li>1 pending requests</li>", html);

            var grants = Regex.Matches(html, "<tr class=\"grant\"><td><code>([^<]+)</code>(.*?)</tr>").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            Assert.Contains("on <a href=\"#request-oi-0123456789ab\">dana's request</a>", grants["oi-0123456789ab"]);
            Assert.DoesNotContain(AccessReportHtml.DirectMarker, grants["oi-0123456789ab"]);
            Assert.Contains(AccessReportHtml.DirectMarker, grants["4e5f6a7b"]);
            Assert.Contains("on request <code>oi-ffffffffffff</code>, not among this report's requests", grants["oi-ffffffffffff"]);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>", html);
        }

        [Fact]
        public void Says_plainly_when_the_requests_could_not_be_read_and_shows_the_rest()
        {
            var html = AccessReportHtml.Render(new AccessReport(Noon, "arn:aws:iam::111111111111:user/admin")
            {
                Grants = WithRequests().Grants,
                RequestsNotRead = "AWS refused ssm:DescribeOpsItems to <someone>.",
            });

            Assert.Contains("<span class=\"marker failing\">✗ Not read</span>: AWS refused ssm:DescribeOpsItems to &lt;someone&gt;.", html);
            Assert.Contains("<li class=\"failing\">requests not read</li>", html);
            Assert.Equal(3, Regex.Matches(html, "<tr class=\"grant\">").Count);
            Assert.DoesNotContain(AccessReportHtml.DirectMarker, html);
            Assert.DoesNotContain("no Get-OSAccessRequest results were given", html);
        }
    }
}
