using System.Management.Automation;

namespace OsAccess.PowerShell.Common
{
    internal static class PSObjectValue
    {
        /// <summary>The object a PSObject wraps (what a pipeline, a variable or an array element often hands over), or the value itself.</summary>
        public static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }
}
