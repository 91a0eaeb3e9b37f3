using System.Collections.Concurrent;
using System.Collections.Generic;
using OsAccess.Aws.Http;

namespace OsAccess.PowerShell.Common
{
    /// <summary>Collects call records from any thread until the pipeline thread writes them as verbose messages.</summary>
    internal sealed class QueuedCallLog : IAwsCallLog
    {
        private readonly ConcurrentQueue<AwsCallRecord> records = new ConcurrentQueue<AwsCallRecord>();

        public void Record(AwsCallRecord record) => records.Enqueue(record);

        public IEnumerable<AwsCallRecord> Drain()
        {
            while (records.TryDequeue(out var record))
            {
                yield return record;
            }
        }
    }
}
