using System;
using OsAccess.Core.Grants;

namespace OsAccess.Core.Tests.Grants
{
    public class GrantWindowTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 12, 1, 20, 36, 15, TimeSpan.Zero);

        [Fact]
        public void TheLongestTimeSpanIsRefusedNamingDurationAndTheCap()
        {
            var error = Assert.Throws<ArgumentException>(() => GrantWindow.For(Now, TimeSpan.MaxValue, Now));

            Assert.Equal("Duration", error.ParamName);
            Assert.StartsWith("10675199.02:48:05.4775807 is longer than the 92 days a grant may last: grant a shorter window", error.Message);
        }

        [Fact]
        public void ATenYearGrantIsRefusedByEitherRoute()
        {
            var byEnd = Assert.Throws<ArgumentException>(() => GrantWindow.Between(Now, Now.AddYears(10), Now));
            Assert.Equal("End", byEnd.ParamName);
            Assert.StartsWith("The window from 2026-12-01T20:36:15Z to 2036-12-01T20:36:15Z lasts 3653 days, longer than the 92 days a grant may last", byEnd.Message);

            Assert.Equal("Duration", Assert.Throws<ArgumentException>(() => GrantWindow.For(Now, TimeSpan.FromDays(3650), Now)).ParamName);
        }

        [Fact]
        public void NinetyTwoDaysIsTheLongestGrant()
        {
            Assert.Equal(TimeSpan.FromDays(92), GrantWindow.For(Now, TimeSpan.FromDays(92), Now).Duration);
            Assert.Equal(TimeSpan.FromDays(92), GrantWindow.Between(Now, Now.AddDays(92), Now).Duration);
            Assert.Throws<ArgumentException>(() => GrantWindow.Between(Now, Now.AddDays(92).AddSeconds(1), Now));
            Assert.Throws<ArgumentException>(() => GrantWindow.For(Now, TimeSpan.FromDays(92).Add(TimeSpan.FromSeconds(1)), Now));
        }

        [Fact]
        public void AWindowAlreadyOverIsRefusedNamingTheInputThatPutItThere()
        {
            var byEnd = Assert.Throws<ArgumentException>(() => GrantWindow.Between(Now.AddHours(-9), Now.AddHours(-1), Now));
            Assert.Equal("End", byEnd.ParamName);
            Assert.StartsWith("2026-12-01T19:36:15Z is already past (it is now 2026-12-01T20:36:15Z): a grant whose window is over lets nobody in.", byEnd.Message);

            var byStart = Assert.Throws<ArgumentException>(() => GrantWindow.For(Now.AddHours(-3), TimeSpan.FromHours(1), Now));
            Assert.Equal("Start", byStart.ParamName);
            Assert.StartsWith("The window from 2026-12-01T17:36:15Z for 01:00:00 ended at 2026-12-01T18:36:15Z, before now (2026-12-01T20:36:15Z)", byStart.Message);

            Assert.Throws<ArgumentException>(() => GrantWindow.Between(Now.AddHours(-1), Now, Now));
        }

        [Fact]
        public void AWindowThatStartedButHasNotEndedIsAGrantFromNowOn()
        {
            var window = GrantWindow.For(Now.AddMinutes(-30), TimeSpan.FromHours(1), Now);

            Assert.True(window.Contains(Now));
        }

        [Fact]
        public void EmptyAndBackwardWindowsAreRefusedNamingTheEndsInput()
        {
            Assert.Equal("Duration", Assert.Throws<ArgumentException>(() => GrantWindow.For(Now, TimeSpan.Zero, Now)).ParamName);
            Assert.Equal("Duration", Assert.Throws<ArgumentException>(() => GrantWindow.For(Now, TimeSpan.MinValue, Now)).ParamName);
            Assert.Equal("Duration", Assert.Throws<ArgumentException>(() => GrantWindow.For(Now, TimeSpan.FromMilliseconds(500), Now)).ParamName);
            var backward = Assert.Throws<ArgumentException>(() => GrantWindow.Between(Now.AddHours(2), Now.AddHours(1), Now));
            Assert.Equal("End", backward.ParamName);
            Assert.Contains("before it starts", backward.Message);
        }
    }
}
