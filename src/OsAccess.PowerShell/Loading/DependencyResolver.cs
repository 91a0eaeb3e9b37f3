using System;
using System.Reflection;

namespace OsAccess.PowerShell.Loading
{
    /// <summary>
    /// Answers the runtime when it cannot find an assembly the module needs. On PowerShell 7 it answers only for
    /// OsAccess.Aws, with the copy in the isolated context (everything else there resolves inside that context).
    /// On Windows PowerShell 5.1, which has a single context, it loads what is asked for from the dependencies
    /// folder or the module folder: found, but not kept apart from another module's copies.
    /// </summary>
    internal sealed class DependencyResolver
    {
        private readonly IsolatedDependencies? isolated;

        public DependencyResolver(IsolatedDependencies? isolated) => this.isolated = isolated;

        public void Register() => AppDomain.CurrentDomain.AssemblyResolve += Resolve;

        public void Unregister() => AppDomain.CurrentDomain.AssemblyResolve -= Resolve;

        private Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            string? name = new AssemblyName(args.Name).Name;
            if (name == null)
            {
                return null;
            }

            if (isolated != null)
            {
                return name == DependencyFolder.BridgeAssembly ? isolated.Find(name) : null;
            }

            string? file = DependencyFolder.FileOf(name) ?? DependencyFolder.ModuleFileOf(name);
            return file == null ? null : Assembly.LoadFrom(file);
        }
    }
}
