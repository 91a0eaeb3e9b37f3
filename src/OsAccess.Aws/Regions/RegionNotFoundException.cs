using System;

namespace OsAccess.Aws.Regions
{
    /// <summary>No region was given and none could be found in the shell, the environment or the profile.</summary>
    public sealed class RegionNotFoundException : Exception
    {
        public RegionNotFoundException(string message)
            : base(message)
        {
        }
    }
}
