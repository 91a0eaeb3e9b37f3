using System;
using CsCheck;
using OsAccess.Core.Time;

namespace OsAccess.Core.Tests.Time
{
    public class UserTimeTests
    {
        private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        private static DateTime Wall(int year, int month, int day, int hour, int minute, int second = 0) =>
            new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);

        private static string Utc(DateTime wall, TimeZoneInfo zone) =>
            UserTime.ToUtc(wall, zone, "Start").ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        [Theory]
        [InlineData("America/New_York", 2026, 3, 8, 1, 59, 59, "2026-03-08T06:59:59Z")]
        [InlineData("America/New_York", 2026, 3, 8, 3, 0, 0, "2026-03-08T07:00:00Z")]
        [InlineData("America/New_York", 2026, 11, 1, 0, 59, 59, "2026-11-01T04:59:59Z")]
        [InlineData("America/New_York", 2026, 11, 1, 2, 0, 0, "2026-11-01T07:00:00Z")]
        [InlineData("Europe/Berlin", 2026, 3, 29, 1, 59, 59, "2026-03-29T00:59:59Z")]
        [InlineData("Europe/Berlin", 2026, 3, 29, 3, 0, 0, "2026-03-29T01:00:00Z")]
        [InlineData("Europe/Berlin", 2026, 10, 25, 1, 59, 59, "2026-10-24T23:59:59Z")]
        [InlineData("Europe/Berlin", 2026, 10, 25, 3, 0, 0, "2026-10-25T02:00:00Z")]
        public void AWallClockTimeIsReadInTheUsersZoneEitherSideOfAChange(string zone, int y, int mo, int d, int h, int mi, int s, string utc)
        {
            Assert.Equal(utc, Utc(Wall(y, mo, d, h, mi, s), TimeZoneInfo.FindSystemTimeZoneById(zone)));
        }

        [Fact]
        public void TheSkippedHourIsRefusedNamingTheInputAndTheJump()
        {
            var error = Assert.Throws<UserTimeException>(() => UserTime.ToUtc(Wall(2026, 3, 8, 2, 30, 15), NewYork, "Start"));

            Assert.Equal("Start", error.ParamName);
            Assert.StartsWith("2026-03-08 02:30:15 does not exist in America/New_York: that night the clocks go from 02:00 straight to 03:00.", error.Message);
            Assert.Contains("Give a time before 02:00 or from 03:00", error.Message);
        }

        [Fact]
        public void TheSkippedHourIsRefusedInBerlinToo()
        {
            var error = Assert.Throws<UserTimeException>(() => UserTime.ToUtc(Wall(2026, 3, 29, 2, 0), Berlin, "End"));

            Assert.Equal("End", error.ParamName);
            Assert.Contains("does not exist in Europe/Berlin: that night the clocks go from 02:00 straight to 03:00", error.Message);
        }

        [Theory]
        [InlineData("America/New_York", 11, 1, 1, 30, "-04:00", "-05:00")]
        [InlineData("Europe/Berlin", 10, 25, 2, 30, "+02:00", "+01:00")]
        public void TheRepeatedHourIsRefusedWithBothOffsets(string zone, int month, int day, int hour, int minute, string first, string second)
        {
            var error = Assert.Throws<UserTimeException>(() =>
                UserTime.ToUtc(Wall(2026, month, day, hour, minute), TimeZoneInfo.FindSystemTimeZoneById(zone), "CurrentTime"));

            Assert.Equal("CurrentTime", error.ParamName);
            Assert.Contains($"happens twice in {zone}, at {first} and again at {second}", error.Message);
            Assert.Contains($"T{hour:00}:{minute:00}:00{first}'", error.Message);
        }

        [Fact]
        public void UtcStaysUtcWhateverTheZone()
        {
            var utc = new DateTime(2026, 3, 8, 2, 30, 0, DateTimeKind.Utc);

            Assert.Equal(new DateTimeOffset(utc), UserTime.ToUtc(utc, NewYork, "Start"));
            Assert.Equal(TimeSpan.Zero, UserTime.ToUtc(utc, Berlin, "Start").Offset);
        }

        [Fact]
        public void LocalKindIsThisMachinesClockAsDotNetResolvedIt()
        {
            var now = DateTime.Now;

            Assert.Equal(now.ToUniversalTime(), UserTime.ToUtc(now, NewYork, "Start").UtcDateTime);
        }

        [Fact]
        public void DatesThatLeaveTheRangeOnceInUtcAreRefused()
        {
            var error = Assert.Throws<UserTimeException>(() => UserTime.ToUtc(DateTime.MaxValue, NewYork, "End"));

            Assert.Equal("End", error.ParamName);
            Assert.Contains("outside the dates", error.Message);
        }

        [Fact]
        public void EveryTimeThatExistsOnceComesBackToTheSameWallClock()
        {
            Gen.Long[new DateTime(2000, 1, 1).Ticks, new DateTime(2100, 1, 1).Ticks].Sample(ticks =>
            {
                var wall = new DateTime(ticks, DateTimeKind.Unspecified);
                foreach (var zone in new[] { NewYork, Berlin })
                {
                    if (zone.IsInvalidTime(wall) || zone.IsAmbiguousTime(wall)) continue;
                    var back = TimeZoneInfo.ConvertTime(UserTime.ToUtc(wall, zone, "Start"), zone);
                    if (back.DateTime != wall) return false;
                }
                return true;
            });
        }
    }
}
