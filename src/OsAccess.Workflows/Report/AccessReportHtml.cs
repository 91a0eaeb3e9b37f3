using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using OsAccess.Core.Grants;
using OsAccess.Core.Requests;
using OsAccess.Workflows.Sessions;

namespace OsAccess.Workflows.Report
{
    /// <summary>
    /// Writes an <see cref="AccessReport"/> as one self-contained HTML page: inline CSS with a print stylesheet, no script,
    /// no font, image or link fetched from anywhere (its Content-Security-Policy forbids it), every value HTML-encoded.
    /// A failing account's row is coloured and carries a text marker, so it stands out printed in black and white too.
    /// A grant a request led to links to that request's row; the only links are those, within the page.
    /// </summary>
    public static class AccessReportHtml
    {
        /// <summary>The text marker of an account that fails a check.</summary>
        public const string FailingMarker = "✗ NOT COMPLIANT";

        /// <summary>The text marker of a check that passed.</summary>
        public const string PassingMarker = "✓ compliant";

        /// <summary>The text marker of a grant no request led to (Grant-OSAccess), when the report has the requests.</summary>
        public const string DirectMarker = "granted directly";

        private const string Style = @"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1240px; padding: 16px; font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1b1b1b; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 2px solid #1b1b1b; padding-bottom: 2px; }
p, dl { margin: 4px 0 8px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
ul.summary { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; margin: 12px 0; }
ul.summary li { border: 1px solid #888; border-radius: 4px; padding: 4px 10px; }
ul.summary li.failing { border: 2px solid #b00020; color: #b00020; font-weight: 700; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4px 0 12px; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid #ccc; overflow-wrap: anywhere; word-break: break-word; }
thead th { background: #eee; border-bottom: 2px solid #1b1b1b; }
tr.ou th { background: #f6f6f6; font-weight: 600; padding-top: 8px; }
tr.failing td { background: #fde2e1; }
tr.failing td:first-child { border-left: 6px solid #b00020; }
.marker { font-weight: 700; white-space: nowrap; }
.marker.failing { color: #b00020; }
.marker.passing { color: #1e6b2f; }
.marker.unchecked { color: #555; font-weight: 400; }
.marker.direct { color: #8a4b00; }
a { color: #0b4f9c; }
tr.standing td { background: #fff4d6; }
td ul { margin: 0; padding-left: 16px; }
.none { color: #555; font-style: italic; }
code { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: 12px; }
footer { margin-top: 24px; color: #555; font-size: 12px; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  tr.failing td, tr.standing td, thead th, tr.ou th { background: none; }
  tr.failing td { font-weight: 600; }
  tr.failing td:first-child { border-left: 6px solid #000; }
  .marker.failing, .marker.passing, .marker.direct, ul.summary li.failing, a { color: #000; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
";

        public static string Render(AccessReport report)
        {
            var html = new StringBuilder();
            html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .Append("<title>OS access review ").Append(Encode(Time(report.GeneratedAt))).Append("</title>\n")
                .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
            Header(html, report);
            Organization(html, report.Accounts);
            Grants(html, report.Grants, report.Requests);
            Requests(html, report.Requests, report.RequestsNotRead);
            StandingAccess(html, report.StandingAccess);
            Sessions(html, report.Sessions);
            Problems(html, report.Problems);
            html.Append("<footer>Made by Export-OSAccessReport (OsAccess) at ").Append(Encode(Time(report.GeneratedAt)))
                .Append(" as <code>").Append(Encode(report.GeneratedBy)).Append("</code>.</footer>\n</body>\n</html>\n");
            return html.ToString();
        }

        private static void Header(StringBuilder html, AccessReport report)
        {
            html.Append("<header>\n<h1>OS access review</h1>\n<dl class=\"meta\">\n")
                .Append("<dt>Made at</dt><dd id=\"generated-at\">").Append(Encode(Time(report.GeneratedAt))).Append("</dd>\n")
                .Append("<dt>Made by</dt><dd id=\"generated-by\"><code>").Append(Encode(report.GeneratedBy)).Append("</code></dd>\n")
                .Append("</dl>\n<ul class=\"summary\">\n");
            if (report.Accounts != null)
            {
                var failing = report.Accounts.Count(a => a.Failing);
                html.Append("<li>").Append(report.Accounts.Count).Append(" accounts</li>\n")
                    .Append(failing > 0 ? "<li class=\"failing\">" : "<li>").Append(failing).Append(" not compliant")
                    .Append(failing > 0 ? " " + FailingMarker.Substring(0, 1) : string.Empty).Append("</li>\n");
            }
            if (report.Grants != null)
            {
                html.Append("<li>").Append(report.Grants.Count(g => g.Status == GrantStatus.Active)).Append(" active grants</li>\n")
                    .Append("<li>").Append(report.Grants.Count(g => g.Status == GrantStatus.Pending)).Append(" pending grants</li>\n");
            }
            if (report.Requests != null)
            {
                html.Append("<li>").Append(report.Requests.Count).Append(" requests</li>\n")
                    .Append("<li>").Append(report.Requests.Count(r => r.Status == AccessRequestStatus.Pending)).Append(" pending requests</li>\n");
            }
            if (report.RequestsNotRead != null) html.Append("<li class=\"failing\">requests not read</li>\n");
            if (report.StandingAccess != null) html.Append("<li>").Append(report.StandingAccess.Count).Append(" with standing access</li>\n");
            if (report.Sessions != null) html.Append("<li>").Append(report.Sessions.Count).Append(" live sessions</li>\n");
            html.Append("</ul>\n</header>\n");
        }

        private static void Organization(StringBuilder html, IReadOnlyList<ReportAccount>? accounts)
        {
            html.Append("<section id=\"organization\">\n<h2>Organization: guardrail and OSAccess role per account</h2>\n");
            if (accounts == null)
            {
                NotIncluded(html, "Test-OSAccessScp or Test-OSAccessRole");
                return;
            }
            if (accounts.Count == 0)
            {
                None(html, "No account.");
                return;
            }
            html.Append("<table>\n<colgroup><col style=\"width:15%\"><col style=\"width:15%\"><col style=\"width:15%\"><col style=\"width:15%\"><col></colgroup>\n")
                .Append("<thead><tr><th>Account</th><th>Name</th><th>Guardrail SCP</th><th>OSAccess role</th><th>Findings</th></tr></thead>\n");
            foreach (var branch in accounts.GroupBy(a => a.Path))
            {
                html.Append("<tbody>\n");
                if (branch.Key.Length > 0)
                {
                    var levels = branch.Key.Split('/');
                    html.Append("<tr class=\"ou\"><th colspan=\"5\" style=\"padding-left:").Append(6 + 16 * (levels.Length - 1)).Append("px\">")
                        .Append(Encode(string.Join(" / ", levels))).Append("</th></tr>\n");
                }
                foreach (var account in branch)
                {
                    html.Append(account.Failing ? "<tr class=\"account failing\"" : "<tr class=\"account\"")
                        .Append(" data-account=\"").Append(Encode(account.AccountId)).Append("\">")
                        .Append("<td><code>").Append(Encode(account.AccountId)).Append("</code>")
                        .Append(account.Failing ? "<br><span class=\"marker failing\">" + FailingMarker + "</span>" : string.Empty).Append("</td>")
                        .Append("<td>").Append(Encode(account.AccountName)).Append("</td>")
                        .Append("<td>").Append(Verdict(account.Guardrail?.Compliant, "not checked")).Append("</td>")
                        .Append("<td>").Append(account.RoleProblem != null ? Marker(false, "not read")
                            : Verdict(account.Role?.Compliant, account.RoleNotApplicable ?? "not checked")).Append("</td>")
                        .Append("<td>").Append(Findings(account)).Append("</td></tr>\n");
                }
                html.Append("</tbody>\n");
            }
            html.Append("</table>\n</section>\n");
        }

        private static string Findings(ReportAccount account)
        {
            var items = new List<string>();
            foreach (var finding in account.Guardrail?.Findings ?? Array.Empty<Core.Guardrail.Compliance.OSAccessScpFinding>())
            {
                items.Add($"<li>{Encode(finding.Severity.ToString())} <code>{Encode(finding.Id)}</code>: {Encode(finding.Message)}</li>");
            }
            foreach (var finding in account.Role?.Findings ?? Array.Empty<Core.Roles.OSAccessRoleFinding>())
            {
                items.Add($"<li>{Encode(finding.Severity.ToString())} <code>{Encode(finding.Id)}</code>: {Encode(finding.Message)}</li>");
            }
            if (account.RoleProblem != null) items.Add($"<li>Role not read: {Encode(account.RoleProblem)}</li>");
            return items.Count == 0 ? "<span class=\"none\">none</span>" : "<ul>" + string.Concat(items) + "</ul>";
        }

        /// <param name="requests">The requests of the report, null when it has none: a grant then says nothing of where it came from.</param>
        private static void Grants(StringBuilder html, IReadOnlyList<ReportGrant>? grants, IReadOnlyList<ReportRequest>? requests)
        {
            html.Append("<section id=\"grants\">\n<h2>Grants made by OsAccess</h2>\n");
            if (grants == null)
            {
                NotIncluded(html, "Get-OSAccessGrant");
                return;
            }
            var byGrant = new Dictionary<string, ReportRequest>(StringComparer.Ordinal);
            foreach (var request in requests ?? new ReportRequest[0])
            {
                if (request.GrantId != null) byGrant[request.GrantId] = request;
            }
            Table(html, "grant", new[] { "Grant", "Person", "Accounts", "Status", "Opens (UTC)", "Closes (UTC)", "Reason", "Granted by, on whose request" },
                grants.OrderBy(g => g.Status == GrantStatus.Active ? 0 : g.Status == GrantStatus.Pending ? 1 : 2).ThenBy(g => g.UserName, StringComparer.Ordinal).ThenBy(g => g.NotBefore)
                    .Select(g => (string.Empty, string.Empty, new[]
                    {
                        Code(g.GrantId), Encode(g.UserName), Accounts(g.AccountIds), Encode(g.Status.ToString()), Encode(Time(g.NotBefore)),
                        Encode(Time(g.NotAfter)), Encode(g.Reason ?? string.Empty),
                        Code(g.GrantedBy ?? string.Empty) + (requests == null ? string.Empty : "<br>" + Origin(g.GrantId, byGrant)),
                    })),
                "No grant.");
            html.Append("</section>\n");
        }

        /// <summary>Where a grant came from: the request that led to it (a link to its row), or none.</summary>
        private static string Origin(string grantId, IReadOnlyDictionary<string, ReportRequest> byGrant)
        {
            if (byGrant.TryGetValue(grantId, out var request))
            {
                return $"on <a href=\"#{RowId(request)}\">{Encode(request.UserName)}'s request</a>";
            }
            return grantId.StartsWith("oi-", StringComparison.Ordinal)
                ? $"<span class=\"marker unchecked\">on request {Code(grantId)}, not among this report's requests</span>"
                : $"<span class=\"marker direct\">{DirectMarker}</span>";
        }

        private static void Requests(StringBuilder html, IReadOnlyList<ReportRequest>? requests, string? notRead)
        {
            html.Append("<section id=\"requests\">\n<h2>Requests for access</h2>\n");
            if (requests == null)
            {
                if (notRead == null)
                {
                    NotIncluded(html, "Get-OSAccessRequest");
                    return;
                }
                html.Append("<p class=\"not-read\"><span class=\"marker failing\">✗ Not read</span>: ").Append(Encode(notRead)).Append("</p>\n</section>\n");
                return;
            }
            Table(html, "request", new[] { "Request", "Asked by (UTC)", "Accounts", "Window (UTC)", "Reason", "Status", "Decided by (UTC)", "Comment", "Grant" },
                requests.OrderByDescending(r => r.RequestedAt).Select(r => (string.Empty, RowId(r), new[]
                {
                    Code(r.RequestId), Encode(r.UserName) + "<br>" + Encode(Time(r.RequestedAt)), Accounts(r.AccountIds),
                    Encode(Time(r.Start)) + "<br>to " + Encode(Time(r.End)), Encode(r.Reason ?? string.Empty), Encode(r.Status.ToString()),
                    r.DecidedBy == null ? string.Empty : Code(r.DecidedBy) + "<br>" + Encode(Time(r.DecidedAt)), Encode(r.Comment ?? string.Empty),
                    Code(r.GrantId ?? string.Empty),
                })),
                "No request.");
            html.Append("</section>\n");
        }

        /// <summary>The id of a request's row, which a grant it made links to.</summary>
        private static string RowId(ReportRequest request) => "request-" + request.RequestId;

        private static void StandingAccess(StringBuilder html, IReadOnlyList<ReportGrant>? access)
        {
            html.Append("<section id=\"standing-access\">\n<h2>Access to the role outside grants (Get-OSAccessGrant -IncludeUnmanaged)</h2>\n");
            if (access == null)
            {
                NotIncluded(html, "Get-OSAccessGrant -IncludeUnmanaged");
                return;
            }
            Table(html, "standing", new[] { "Person", "Accounts", "Status", "Opens (UTC)", "Closes (UTC)", "Policy", "Attached to" },
                access.OrderBy(g => g.UserName, StringComparer.Ordinal).Select(g => (string.Empty, string.Empty, new[]
                {
                    Encode(g.UserName), Accounts(g.AccountIds), Encode(g.Status.ToString()), Encode(Time(g.NotBefore)), Encode(Time(g.NotAfter)),
                    Encode(g.PolicyName), Encode(g.AttachedTo),
                })),
                "Nobody can assume the role except through a grant.");
            html.Append("</section>\n");
        }

        private static void Sessions(StringBuilder html, IReadOnlyList<SessionRecord>? sessions)
        {
            html.Append("<section id=\"sessions\">\n<h2>Live sessions</h2>\n");
            if (sessions == null)
            {
                NotIncluded(html, "Get-OSAccessSession");
                return;
            }
            Table(html, "session", new[] { "Account", "Region", "Person", "Instance", "Since (UTC)", "Session", "Owner" },
                sessions.OrderBy(s => s.AccountId, StringComparer.Ordinal).ThenBy(s => s.StartDate).Select(s => (string.Empty, string.Empty, new[]
                {
                    Code(s.AccountId), Encode(s.Region), Encode(s.UserName), Code(s.Target), Encode(Time(s.StartDate)), Code(s.SessionId), Code(s.Owner),
                })),
                "No session open.");
            html.Append("</section>\n");
        }

        private static void Problems(StringBuilder html, IReadOnlyList<string> problems)
        {
            if (problems.Count == 0) return;
            html.Append("<section id=\"problems\">\n<h2>Not read</h2>\n<ul>\n");
            foreach (var problem in problems) html.Append("<li>").Append(Encode(problem)).Append("</li>\n");
            html.Append("</ul>\n</section>\n");
        }

        /// <summary>
        /// A table of one section: its rows' cells are HTML already (each value encoded by the caller); a row's Extra is a
        /// further class, its Id the anchor a link elsewhere on the page points to (both may be empty).
        /// </summary>
        private static void Table(StringBuilder html, string rowClass, IReadOnlyList<string> headers, IEnumerable<(string Extra, string Id, string[] Cells)> rows,
            string none)
        {
            var list = rows.ToList();
            if (list.Count == 0)
            {
                None(html, none);
                return;
            }
            html.Append("<table>\n<thead><tr>");
            foreach (var header in headers) html.Append("<th>").Append(Encode(header)).Append("</th>");
            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var (extra, id, cells) in list)
            {
                html.Append("<tr class=\"").Append(extra.Length == 0 ? rowClass : rowClass + " " + extra).Append('"')
                    .Append(id.Length == 0 ? string.Empty : " id=\"" + Encode(id) + "\"").Append('>');
                foreach (var cell in cells) html.Append("<td>").Append(cell).Append("</td>");
                html.Append("</tr>\n");
            }
            html.Append("</tbody>\n</table>\n");
        }

        private static void NotIncluded(StringBuilder html, string cmdlet) =>
            html.Append("<p class=\"none\">Not part of this report: no ").Append(Encode(cmdlet)).Append(" results were given.</p>\n</section>\n");

        private static void None(StringBuilder html, string text) => html.Append("<p class=\"none\">").Append(Encode(text)).Append("</p>\n");

        private static string Verdict(bool? compliant, string notChecked) =>
            compliant == null ? $"<span class=\"marker unchecked\">{Encode(notChecked)}</span>" : Marker(compliant.Value, null);

        private static string Marker(bool passing, string? detail) =>
            passing ? $"<span class=\"marker passing\">{PassingMarker}</span>"
                : $"<span class=\"marker failing\">{FailingMarker}</span>" + (detail == null ? string.Empty : $" ({Encode(detail)})");

        private static string Accounts(IReadOnlyList<string> accountIds) =>
            accountIds.Count == 0 ? "every account" : string.Join(", ", accountIds.Select(Code));

        private static string Code(string value) => value.Length == 0 ? string.Empty : "<code>" + Encode(value) + "</code>";

        private static string Time(DateTimeOffset? value) =>
            value?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? string.Empty;

        private static string Encode(string value) => WebUtility.HtmlEncode(value);
    }
}
