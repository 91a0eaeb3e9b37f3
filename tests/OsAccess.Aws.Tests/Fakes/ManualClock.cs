using System;
using OsAccess.Core.Time;

namespace OsAccess.Aws.Tests.Fakes
{
    internal sealed class ManualClock : IClock
    {
        public ManualClock(DateTimeOffset start) => UtcNow = start;

        public DateTimeOffset UtcNow { get; private set; }

        public void Advance(TimeSpan by) => UtcNow += by;
    }
}
