namespace LocalAws.Tests.Support;

/// <summary>Well-formed identity policies of an exact size as IAM counts it (whitespace not counted).</summary>
public static class SizedPolicy
{
    private const string Head = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"";
    private const string Tail = "\",\"Effect\":\"Allow\",\"Action\":\"ec2:DescribeInstances\",\"Resource\":\"*\"}]}";

    /// <summary>A policy of exactly <paramref name="size"/> characters besides whitespace, padded with <paramref name="spaces"/> spaces.</summary>
    public static string Of(int size, int spaces = 0) =>
        Head.Replace("{\"Version\"", "{" + new string(' ', spaces) + "\"Version\"") + new string('s', size - Head.Length - Tail.Length) + Tail;
}
