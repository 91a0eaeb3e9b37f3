using System;
using System.Reflection;

namespace OsAccess.PowerShell.Loading
{
    /// <summary>
    /// Windows PowerShell 5.1 has one load context: dependencies are loaded from the dependencies folder, or
    /// the module folder, when asked for. This finds them but cannot keep them apart from another module's copies.
    /// </summary>
    internal static class DesktopDependencyResolver
    {
        public static void Register() => AppDomain.CurrentDomain.AssemblyResolve += Resolve;

        public static void Unregister() => AppDomain.CurrentDomain.AssemblyResolve -= Resolve;

        private static Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            string? name = new AssemblyName(args.Name).Name;
            string? file = DependencyFolder.FileOf(name) ?? DependencyFolder.ModuleFileOf(name);
            return file == null ? null : Assembly.LoadFrom(file);
        }
    }
}
