using System.Reflection;
using System.Runtime.Loader;

namespace OsAccess.PowerShell.Loading
{
    /// <summary>
    /// PowerShell 7: loads OsAccess.Aws and everything it needs from the dependencies folder into a context of its
    /// own, so its AWSSDK.Core never meets the one AWS.Tools loaded. What the folder lacks (OsAccess.Core, the
    /// framework, PowerShell) comes from the default context and is shared.
    /// </summary>
    internal sealed class IsolatedLoadContext : AssemblyLoadContext
    {
        public static readonly IsolatedLoadContext Instance = new IsolatedLoadContext();

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            string? file = DependencyFolder.FileOf(assemblyName.Name);
            return file == null ? null : LoadFromAssemblyPath(file);
        }

        /// <summary>Hands the bridge assembly to the default context, which cannot find it in the module folder.</summary>
        public static void Register() => Default.Resolving += ResolveBridge;

        public static void Unregister() => Default.Resolving -= ResolveBridge;

        private static Assembly? ResolveBridge(AssemblyLoadContext context, AssemblyName name) =>
            name.Name == DependencyFolder.BridgeAssembly ? Instance.LoadFromAssemblyName(name) : null;
    }
}
