using System;
using System.Collections.Generic;
using System.Text;
using OsAccess.Aws.Signing;

namespace OsAccess.Aws.Tests.Signing
{
    /// <summary>Reads a request in the test suite's <c>.req</c> form into a <see cref="SigV4Request"/>.</summary>
    internal static class SuiteRequest
    {
        public static SigV4Request Parse(string text)
        {
            string[] lines = text.Replace("\r\n", "\n").Split('\n');
            string[] requestLine = lines[0].Split(' ');
            string target = string.Join(" ", requestLine, 1, requestLine.Length - 2);
            int question = target.IndexOf('?');
            string path = question < 0 ? target : target.Substring(0, question);
            string rawQuery = question < 0 ? string.Empty : target.Substring(question + 1);

            var headers = new List<KeyValuePair<string, string>>();
            int i = 1;
            for (; i < lines.Length && lines[i].Length > 0; i++)
            {
                int colon = lines[i].IndexOf(':');
                headers.Add(new KeyValuePair<string, string>(lines[i].Substring(0, colon), lines[i].Substring(colon + 1)));
            }

            string body = i < lines.Length ? string.Join("\n", lines, i + 1, lines.Length - i - 1) : string.Empty;
            return new SigV4Request(requestLine[0], path, HttpRequestSigner.ParseQuery(rawQuery), headers, SigV4.HashHex(Encoding.UTF8.GetBytes(body)));
        }
    }
}
