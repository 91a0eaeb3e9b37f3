using System.IO;

namespace OsAccess.PowerShell.Loading
{
    /// <summary>
    /// The module's <c>dependencies</c> folder: OsAccess.Aws and the AWS SDK, kept out of the module folder so that
    /// PowerShell never loads them beside another module's AWSSDK.Core (AWS.Tools brings its own).
    /// </summary>
    internal static class DependencyFolder
    {
        public const string Name = "dependencies";

        /// <summary>The assembly that crosses from the module into the isolated dependencies.</summary>
        public const string BridgeAssembly = "OsAccess.Aws";

        public static string ModulePath { get; } = System.IO.Path.GetDirectoryName(typeof(DependencyFolder).Assembly.Location) ?? ".";

        public static string Path { get; } = System.IO.Path.Combine(ModulePath, Name);

        public static bool Exists => Directory.Exists(Path);

        /// <summary>The file of an assembly in the folder, or null when it is not there.</summary>
        public static string? FileOf(string? assemblyName) => Existing(Path, assemblyName);

        /// <summary>The file of an assembly beside the module's own, or null.</summary>
        public static string? ModuleFileOf(string? assemblyName) => Existing(ModulePath, assemblyName);

        private static string? Existing(string folder, string? assemblyName)
        {
            if (string.IsNullOrEmpty(assemblyName))
            {
                return null;
            }

            string file = System.IO.Path.Combine(folder, assemblyName + ".dll");
            return File.Exists(file) ? file : null;
        }
    }
}
