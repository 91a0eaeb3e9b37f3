using System.Management.Automation;
using System.Runtime.InteropServices;

namespace OsAccess.PowerShell.Loading
{
    /// <summary>Runs when the module is imported, before any cmdlet: sets up where the AWS dependencies load from.</summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly object Gate = new object();
        private static bool registered;

        public void OnImport()
        {
            lock (Gate)
            {
                if (registered || !DependencyFolder.Exists)
                {
                    return; // already set up, or a development build with everything side by side
                }

                if (IsDesktop)
                {
                    DesktopDependencyResolver.Register();
                }
                else
                {
                    RegisterIsolated();
                }

                registered = true;
            }
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            lock (Gate)
            {
                if (!registered)
                {
                    return;
                }

                if (IsDesktop)
                {
                    DesktopDependencyResolver.Unregister();
                }
                else
                {
                    UnregisterIsolated();
                }

                registered = false;
            }
        }

        private static bool IsDesktop => RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", System.StringComparison.Ordinal);

        // Kept in its own method so that Windows PowerShell never compiles a reference to AssemblyLoadContext.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static void RegisterIsolated() => IsolatedLoadContext.Register();

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static void UnregisterIsolated() => IsolatedLoadContext.Unregister();
    }
}
