using System.Collections.Generic;

namespace OsAccess.Aws.Http
{
    /// <summary>One page of a paginated list, and the token (IAM <c>Marker</c>, Organizations <c>NextToken</c>) of the next one.</summary>
    public sealed class Page<T>
    {
        public Page(IReadOnlyList<T> items, string? nextToken)
        {
            Items = items;
            NextToken = string.IsNullOrEmpty(nextToken) ? null : nextToken;
        }

        public IReadOnlyList<T> Items { get; }

        /// <summary>Null on the last page.</summary>
        public string? NextToken { get; }
    }
}
