using System;
using System.Net.Http;

namespace OsAccess.Aws.Http
{
    /// <summary>One HttpClient for the process, as HttpClient is meant to be used.</summary>
    public static class SharedHttpClient
    {
        public static readonly HttpClient Instance = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
    }
}
