using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OsAccess.Aws.Http
{
    /// <summary>Walks every page of a paginated operation.</summary>
    public static class Pagination
    {
        /// <summary>Calls <paramref name="onItem"/> for each item as its page arrives.</summary>
        public static async Task ForEachAsync<T>(Func<string?, CancellationToken, Task<Page<T>>> fetchPage, Action<T> onItem, CancellationToken cancellationToken)
        {
            string? token = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            do
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = await fetchPage(token, cancellationToken).ConfigureAwait(false);
                foreach (var item in page.Items)
                {
                    onItem(item);
                }

                token = page.NextToken;
                if (token != null && !seen.Add(token))
                {
                    throw new InvalidOperationException("The service returned the same pagination token twice; stopping instead of looping forever.");
                }
            }
            while (token != null);
        }

        /// <summary>Collects every item of every page.</summary>
        public static async Task<IReadOnlyList<T>> AllAsync<T>(Func<string?, CancellationToken, Task<Page<T>>> fetchPage, CancellationToken cancellationToken)
        {
            var items = new List<T>();
            await ForEachAsync(fetchPage, items.Add, cancellationToken).ConfigureAwait(false);
            return items;
        }
    }
}
