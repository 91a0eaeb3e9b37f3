using System;
using OsAccess.Aws.Timing;

namespace OsAccess.Aws.Tests.Fakes
{
    internal sealed class ManualClock : IClock
    {
        public ManualClock(DateTimeOffset start) => UtcNow = start;

        public DateTimeOffset UtcNow { get; private set; }

        public void Advance(TimeSpan by) => UtcNow += by;
    }
}
