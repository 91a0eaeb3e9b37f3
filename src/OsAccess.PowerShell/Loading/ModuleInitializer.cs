using System.Management.Automation;

namespace OsAccess.PowerShell.Loading
{
    /// <summary>Runs when the module is imported, before any cmdlet: sets up where the AWS dependencies load from.</summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly object Gate = new object();
        private static IsolatedDependencies? isolated;
        private static DependencyResolver? resolver;

        public void OnImport()
        {
            lock (Gate)
            {
                if (resolver != null || !DependencyFolder.Exists)
                {
                    return; // already set up, or a development build with everything side by side
                }

                // One context per process: assemblies cannot be unloaded, so a re-import reuses them.
                if (isolated == null && IsolatedDependencies.IsSupported)
                {
                    isolated = IsolatedDependencies.For(DependencyFolder.Path);
                }

                resolver = new DependencyResolver(isolated);
                resolver.Register();
            }
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            lock (Gate)
            {
                resolver?.Unregister();
                resolver = null;
            }
        }
    }
}
