using System;
using System.Collections.Generic;

namespace OsAccess.Aws.Ssm
{
    /// <summary>
    /// An OpsCenter OpsItem as GetOpsItem answers it, or as DescribeOpsItems summarises it (then <see cref="Description"/> is
    /// null and <see cref="OperationalData"/> holds only the searchable entries). CreatedBy and LastModifiedBy are recorded by AWS.
    /// </summary>
    public sealed class SsmOpsItem
    {
        public string OpsItemId { get; init; } = string.Empty;
        public string Title { get; init; } = string.Empty;
        public string? Description { get; init; }
        public string Source { get; init; } = string.Empty;

        /// <summary><c>Open</c>, <c>InProgress</c>, <c>Resolved</c>, …</summary>
        public string Status { get; init; } = string.Empty;
        public string CreatedBy { get; init; } = string.Empty;
        public DateTimeOffset CreatedTime { get; init; }
        public string LastModifiedBy { get; init; } = string.Empty;
        public DateTimeOffset LastModifiedTime { get; init; }
        public IReadOnlyDictionary<string, string> OperationalData { get; init; } = new Dictionary<string, string>();
    }

    /// <summary>What CreateOpsItem writes: the operational data is all searchable (DescribeOpsItems returns it).</summary>
    public sealed class SsmOpsItemInput
    {
        public string Title { get; init; } = string.Empty;
        public string Description { get; init; } = string.Empty;
        public string Source { get; init; } = string.Empty;
        public string? Category { get; init; }
        public IReadOnlyDictionary<string, string> OperationalData { get; init; } = new Dictionary<string, string>();
        public IReadOnlyList<AwsTag> Tags { get; init; } = new AwsTag[0];
    }

    /// <summary>A DescribeOpsItems filter: key (Source, Status, CreatedTime, …), operator (Equal, Contains, GreaterThan, LessThan), values.</summary>
    public sealed class SsmOpsItemFilter
    {
        public SsmOpsItemFilter(string key, string @operator, params string[] values)
        {
            Key = key;
            Operator = @operator;
            Values = values;
        }

        public string Key { get; }
        public string Operator { get; }
        public IReadOnlyList<string> Values { get; }
    }
}
