using System.Collections.Generic;
using OsAccess.Aws.Http;

namespace OsAccess.Aws.Tests.Fakes
{
    internal sealed class RecordingCallLog : IAwsCallLog
    {
        public List<AwsCallRecord> Records { get; } = new List<AwsCallRecord>();

        public void Record(AwsCallRecord record)
        {
            lock (Records)
            {
                Records.Add(record);
            }
        }
    }
}
