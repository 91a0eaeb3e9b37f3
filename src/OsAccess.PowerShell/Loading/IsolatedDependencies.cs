using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace OsAccess.PowerShell.Loading
{
    /// <summary>
    /// PowerShell 7: every assembly of the dependencies folder, loaded into an AssemblyLoadContext of its own the first
    /// time the module asks for OsAccess.Aws (a cmdlet that reaches AWS), never at import, so the offline cmdlets never
    /// load the AWS SDK. They are then all loaded at once, so that when one refers to another (OsAccess.Aws to
    /// AWSSDK.Core) the context finds it among its own and never takes the copy another module (AWS.Tools) loaded into
    /// the default context. What the folder lacks (OsAccess.Core, the framework, PowerShell) comes from the default
    /// context. The context is reached by reflection, so that this netstandard2.0 assembly also loads in Windows PowerShell.
    /// </summary>
    internal sealed class IsolatedDependencies
    {
        private readonly string folder;
        private readonly object gate = new object();
        private Dictionary<string, Assembly>? byName;

        private IsolatedDependencies(string folder) => this.folder = folder;

        public static bool IsSupported => Type.GetType("System.Runtime.Loader.AssemblyLoadContext, System.Runtime.Loader") != null
            && !System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

        /// <summary>The folder's context, to be loaded on the first <see cref="Find"/>.</summary>
        public static IsolatedDependencies For(string folder) => new IsolatedDependencies(folder);

        public Assembly? Find(string name)
        {
            lock (gate)
            {
                byName ??= LoadAll();
            }

            return byName.TryGetValue(name, out var assembly) ? assembly : null;
        }

        private Dictionary<string, Assembly> LoadAll()
        {
            var loaded = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
            Type contextType = Type.GetType("System.Runtime.Loader.AssemblyLoadContext, System.Runtime.Loader", throwOnError: true)!;
            object context = Activator.CreateInstance(contextType, "OsAccess.Aws", false)!;
            MethodInfo loadFromPath = contextType.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) })!;
            foreach (string file in Directory.GetFiles(folder, "*.dll"))
            {
                var assembly = (Assembly)loadFromPath.Invoke(context, new object[] { file })!;
                loaded[assembly.GetName().Name!] = assembly;
            }

            return loaded;
        }
    }
}
