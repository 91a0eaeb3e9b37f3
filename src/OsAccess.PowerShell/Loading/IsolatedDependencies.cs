using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace OsAccess.PowerShell.Loading
{
    /// <summary>
    /// PowerShell 7: every assembly of the dependencies folder, loaded into an AssemblyLoadContext of its own.
    /// They are all loaded up front, so that when one refers to another (OsAccess.Aws to AWSSDK.Core) the context
    /// finds it among its own and never takes the copy another module (AWS.Tools) loaded into the default context.
    /// What the folder lacks (OsAccess.Core, the framework, PowerShell) comes from the default context.
    /// The context is reached by reflection, so that this netstandard2.0 assembly also loads in Windows PowerShell.
    /// </summary>
    internal sealed class IsolatedDependencies
    {
        private readonly Dictionary<string, Assembly> byName = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);

        private IsolatedDependencies(string folder)
        {
            Type contextType = Type.GetType("System.Runtime.Loader.AssemblyLoadContext, System.Runtime.Loader", throwOnError: true)!;
            object context = Activator.CreateInstance(contextType, "OsAccess.Aws", false)!;
            MethodInfo loadFromPath = contextType.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) })!;
            foreach (string file in Directory.GetFiles(folder, "*.dll"))
            {
                var assembly = (Assembly)loadFromPath.Invoke(context, new object[] { file })!;
                byName[assembly.GetName().Name!] = assembly;
            }
        }

        public static bool IsSupported => Type.GetType("System.Runtime.Loader.AssemblyLoadContext, System.Runtime.Loader") != null
            && !System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

        public static IsolatedDependencies Load(string folder) => new IsolatedDependencies(folder);

        public Assembly? Find(string name) => byName.TryGetValue(name, out var assembly) ? assembly : null;
    }
}
