using System;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

namespace OsAccess.Aws.Credentials
{
    /// <summary>
    /// Credentials from an object of another AWSSDK.Core (AWS.Tools loads its own): anything with a
    /// <c>GetCredentials()</c> returning <c>AccessKey</c>/<c>SecretKey</c>/<c>Token</c>, or AWS.Tools'
    /// <c>AWSPSCredentials</c> wrapper around one. Read through reflection, so no assembly is bound.
    /// </summary>
    public sealed class ReflectedCredentialSource : ICredentialSource
    {
        private const BindingFlags AnyInstance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        private readonly object credentials;
        private readonly MethodInfo getCredentials;

        private ReflectedCredentialSource(object credentials, MethodInfo getCredentials)
        {
            this.credentials = credentials;
            this.getCredentials = getCredentials;
        }

        /// <summary>A source for <paramref name="value"/>, or null when it carries no credentials.</summary>
        public static ReflectedCredentialSource? TryCreate(object? value)
        {
            if (value == null)
            {
                return null;
            }

            var method = FindGetCredentials(value.GetType());
            if (method != null)
            {
                return new ReflectedCredentialSource(value, method);
            }

            var inner = value.GetType().GetProperty("Credentials", AnyInstance)?.GetValue(value);
            var innerMethod = inner == null ? null : FindGetCredentials(inner.GetType());
            return innerMethod == null ? null : new ReflectedCredentialSource(inner!, innerMethod);
        }

        public Task<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            object immutable = getCredentials.Invoke(credentials, null)
                ?? throw new CredentialResolutionException("The credentials object returned no credentials.");
            string? Read(string name) => immutable.GetType().GetProperty(name, AnyInstance)?.GetValue(immutable) as string;
            string accessKey = Read("AccessKey") ?? throw new CredentialResolutionException("The credentials object has no AccessKey.");
            string secretKey = Read("SecretKey") ?? throw new CredentialResolutionException("The credentials object has no SecretKey.");
            return Task.FromResult(new AwsCredentials(accessKey, secretKey, Read("Token")));
        }

        private static MethodInfo? FindGetCredentials(Type type) =>
            type.GetMethods(BindingFlags.Instance | BindingFlags.Public)
                .FirstOrDefault(m => m.Name == "GetCredentials" && m.GetParameters().Length == 0 && m.ReturnType != typeof(void));
    }
}
