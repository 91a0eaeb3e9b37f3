using System.Collections.Generic;

namespace OsAccess.Differential
{
    /// <summary>One generated request with its policies as JSON text, in the shape the oracle script reads.</summary>
    public sealed class DifferentialCase
    {
        public int Id { get; set; }

        public List<string> Identity { get; set; } = new List<string>();

        public List<string>? Boundary { get; set; }

        public List<DifferentialScpLevel> Scp { get; set; } = new List<DifferentialScpLevel>();

        public string? ResourcePolicy { get; set; }

        public string Principal { get; set; } = string.Empty;

        public string Action { get; set; } = string.Empty;

        public string Resource { get; set; } = string.Empty;

        public string ResourceAccount { get; set; } = string.Empty;

        /// <summary>Keys the request carries besides those derived from the caller and the clock.</summary>
        public Dictionary<string, string[]> Extra { get; set; } = new Dictionary<string, string[]>();

        /// <summary>The full context (derived + extra) as the oracle receives it: multivalued keys as arrays, others as strings.</summary>
        public Dictionary<string, object> Context { get; set; } = new Dictionary<string, object>();

        public string CurrentTime { get; set; } = string.Empty;
    }

    public sealed class DifferentialScpLevel
    {
        public string Target { get; set; } = string.Empty;

        public List<string> Policies { get; set; } = new List<string>();
    }
}
