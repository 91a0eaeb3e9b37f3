using System;
using System.Collections;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using OsAccess.Aws.Credentials;
using OsAccess.Aws.Http;
using OsAccess.Aws.Sessions;
using static OsAccess.PowerShell.Common.PSObjectValue;

namespace OsAccess.PowerShell.Common
{
    /// <summary>
    /// Who a completer acts as: the AWS common parameters already on the command line, $StoredAWSCredentials and
    /// $StoredAWSRegion, and the AWS_* variables, resolved to a session the way the cmdlet will resolve it.
    /// </summary>
    internal sealed class AwsCompletionInputs
    {
        private static readonly string[] Variables =
        {
            "AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SESSION_TOKEN", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL",
            "AWS_ENDPOINT_URL_ORGANIZATIONS", "AWS_ENDPOINT_URL_IAM", "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE",
        };

        private readonly IDictionary bound;
        private readonly object? storedCredentials;
        private readonly object? storedRegion;

        public AwsCompletionInputs(IDictionary fakeBoundParameters)
        {
            bound = fakeBoundParameters;
            storedCredentials = Variable("StoredAWSCredentials");
            storedRegion = Variable("StoredAWSRegion");
        }

        /// <summary>Equal for completions that act as the same caller in the same place; holds no secret.</summary>
        public string CallerKey()
        {
            var parts = new System.Collections.Generic.List<string?>
            {
                Text("AccessKey"), Hash(Text("SessionToken")), Text("ProfileName"), Text("ProfileLocation"), Text("Region"), Text("EndpointUrl"),
                Identity(Unwrap(bound["Credential"])), Identity(storedCredentials), AwsRegionTransformationAttribute.NameOf(storedRegion),
            };
            foreach (var variable in Variables)
            {
                string? value = Environment.GetEnvironmentVariable(variable);
                parts.Add(variable == "AWS_SESSION_TOKEN" ? Hash(value) : value);
            }

            return string.Join("|", parts);
        }

        public AwsSession Session()
        {
            var request = new CredentialRequest
            {
                AccessKey = Text("AccessKey"),
                SecretKey = Text("SecretKey"),
                SessionToken = Text("SessionToken"),
                ProfileName = Text("ProfileName"),
                ProfileLocation = Text("ProfileLocation"),
                Credential = Unwrap(bound["Credential"]),
                StoredCredentials = storedCredentials,
            };
            return AwsSessionBuilder.ForProcess().Build(request, AwsRegionTransformationAttribute.NameOf(Unwrap(bound["Region"])),
                AwsRegionTransformationAttribute.NameOf(storedRegion), Text("EndpointUrl"), NullCallLog.Instance);
        }

        /// <summary>
        /// A variable as the cmdlet will see it. Completion runs inside TabExpansion2's pipeline, where the runspace's
        /// SessionStateProxy refuses calls, so it is read by a script block run in that pipeline.
        /// </summary>
        private static object? Variable(string name) =>
            Unwrap(ScriptBlock.Create("$ExecutionContext.SessionState.PSVariable.GetValue('" + name + "')").InvokeReturnAsIs());

        private string? Text(string parameter) => bound.Contains(parameter) ? Unwrap(bound[parameter])?.ToString() : null;

        private static string? Hash(string? value) => value == null ? null : StringComparer.Ordinal.GetHashCode(value).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string? Identity(object? value) => value == null ? null : RuntimeHelpers.GetHashCode(value).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
