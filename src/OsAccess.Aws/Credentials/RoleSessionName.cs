using System.Text;

namespace OsAccess.Aws.Credentials
{
    /// <summary>
    /// The session name of a role that a profile assumes, when the profile sets no <c>role_session_name</c>: the name of the
    /// identity that assumes it (user <c>alice</c>, or the session name of an assumed role such as an SSO user's
    /// <c>alice@example.com</c>), so that every later call in CloudTrail names the person, and a trust policy can require
    /// <c>sts:RoleSessionName</c> to equal <c>${aws:username}</c>.
    /// </summary>
    public static class RoleSessionName
    {
        private const int MaxLength = 64;

        /// <summary>The last segment of <paramref name="callerArn"/>, with characters STS refuses replaced, within 2–64 characters.</summary>
        public static string For(string callerArn)
        {
            string resource = callerArn.Substring(callerArn.LastIndexOf(':') + 1);
            string name = resource.Substring(resource.LastIndexOf('/') + 1);
            var allowed = new StringBuilder(name.Length);
            foreach (char c in name)
            {
                allowed.Append(IsAllowed(c) ? c : '-');
            }

            string result = allowed.Length < 2 ? "OsAccess-" + allowed : allowed.ToString();
            return result.Length > MaxLength ? result.Substring(0, MaxLength) : result;
        }

        /// <summary>STS's pattern for session names: <c>[\w+=,.@-]</c>.</summary>
        private static bool IsAllowed(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "_+=,.@-".IndexOf(c) >= 0;
    }
}
