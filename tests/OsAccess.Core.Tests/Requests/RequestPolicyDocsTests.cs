using System;
using System.IO;
using System.Text.RegularExpressions;
using OsAccess.Core.Policy;
using OsAccess.Core.Requests;
using Xunit;

namespace OsAccess.Core.Tests.Requests;

/// <summary>docs/requests.md prints the two policies exactly as RequestPolicyBuilder builds them.</summary>
public class RequestPolicyDocsTests
{
    [Theory]
    [InlineData("requester-policy", true)]
    [InlineData("approver-policy", false)]
    public void TheDocsGiveWhatTheBuilderBuilds(string marker, bool requester)
    {
        var built = PolicyJsonWriter.Write(requester ? RequestPolicyBuilder.RequesterPolicy() : RequestPolicyBuilder.ApproverPolicy(), PolicyJsonStyle.Indented);
        Assert.Equal(built.Replace("\r\n", "\n").Trim(), Block(marker));
    }

    private static string Block(string marker)
    {
        var text = File.ReadAllText(Path.Combine(Root(), "docs", "requests.md")).Replace("\r\n", "\n");
        var match = Regex.Match(text, "<!-- " + marker + " -->\n```json\n(.*?)\n```", RegexOptions.Singleline);
        Assert.True(match.Success, "docs/requests.md has no block after <!-- " + marker + " -->");
        return match.Groups[1].Value.Trim();
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "OsAccess.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("OsAccess.sln not found above " + AppContext.BaseDirectory);
    }
}
