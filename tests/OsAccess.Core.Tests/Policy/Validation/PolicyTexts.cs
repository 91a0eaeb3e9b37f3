using OsAccess.Core.Policy.Validation;

namespace OsAccess.Core.Tests.Policy.Validation
{
    /// <summary>Small policies for validator tests, written with ' for " to keep them readable.</summary>
    internal static class PolicyTexts
    {
        public const string Account = "111111111111";

        public static string J(string text) => text.Replace('\'', '"');

        /// <summary>A policy of the current version with the given statements (already JSON).</summary>
        public static string PolicyOf(params string[] statements) =>
            J("{'Version':'2012-10-17','Statement':[") + string.Join(",", statements) + "]}";

        public static string Statement(string body) => J("{" + body + "}");

        public static string Identity(string extra = "") => PolicyOf(Statement(
            "'Sid':'StartSession','Effect':'Allow','Action':'ssm:StartSession','Resource':'arn:aws:ec2:*:" + Account + ":instance/*'" + extra));

        public static string Scp(string extra = "") => PolicyOf(Statement(
            "'Sid':'DenyStartSession','Effect':'Deny','Action':'ssm:StartSession','Resource':'*'" + extra));

        public static string Trust(string extra = "") => PolicyOf(Statement(
            "'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::" + Account + ":root'},'Action':'sts:AssumeRole'" + extra));

        public static string Resource(string extra = "") => PolicyOf(Statement(
            "'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::" + Account + ":root'},'Action':'s3:GetObject','Resource':'arn:aws:s3:::bucket/*'" + extra));

        public static string Baseline(PolicyType type) => type switch
        {
            PolicyType.ServiceControl => Scp(),
            PolicyType.Trust => Trust(),
            PolicyType.Resource => Resource(),
            _ => Identity(),
        };

        /// <summary>A baseline policy of <paramref name="type"/> padded so that AWS counts exactly <paramref name="size"/> characters.</summary>
        public static string OfSize(PolicyType type, int size)
        {
            var template = type == PolicyType.Trust
                ? Trust(",'Condition':{'StringEquals':{'sts:RoleSessionName':'NAME'}}")
                : PolicyOf(Statement("'Effect':'Deny','Action':'ssm:StartSession','Resource':'arn:aws:ec2:*:" + Account + ":instance/NAME'"));
            var padding = size - PolicySizeCounter.Count(template.Replace("NAME", string.Empty), type);
            return template.Replace("NAME", new string('i', padding));
        }
    }
}
