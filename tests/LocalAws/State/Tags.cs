using System;
using System.Collections.Generic;

namespace LocalAws.State;

/// <summary>Tags on an IAM or Organizations resource: keys compare case-insensitively, as AWS's do.</summary>
public sealed class Tags : Dictionary<string, string>
{
    public Tags() : base(StringComparer.OrdinalIgnoreCase) { }

    public Tags(IEnumerable<KeyValuePair<string, string>> tags) : this()
    {
        foreach (var (k, v) in tags) this[k] = v;
    }
}
