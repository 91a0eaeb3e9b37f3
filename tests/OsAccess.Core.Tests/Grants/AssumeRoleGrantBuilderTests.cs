using System;
using System.Linq;
using OsAccess.Core.Grants;
using OsAccess.Core.Policy;

namespace OsAccess.Core.Tests.Grants
{
    public class AssumeRoleGrantBuilderTests
    {
        [Fact]
        public void SeedWindowGivesTheSeedsGrant()
        {
            var window = AccessWindow.Create(
                new DateTimeOffset(2020, 4, 1, 0, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2020, 6, 30, 23, 59, 59, TimeSpan.Zero));

            var built = AssumeRoleGrantBuilder.Build(new[] { "123456789012" }, window).Statements.Single();
            var seed = PolicyParser.Parse(SeedFiles.AssumeRoleGrant).Statements.Single();

            Assert.Equal(seed.Resource!.Select(r => r.Value), built.Resource!.Select(r => r.Value));
            Assert.Equal(seed.Action!.Select(r => r.Value), built.Action!.Select(r => r.Value));
            Assert.Equal(
                seed.Conditions.Select(c => (c.Operator.Value, c.Key.Value, c.Values.Single().Text)),
                built.Conditions.Select(c => (c.Operator.Value, c.Key.Value, c.Values.Single().Text)));
        }

        [Fact]
        public void LocalTimesAreWrittenInUtc()
        {
            var tokyo = TimeSpan.FromHours(9);
            var window = AccessWindow.Create(new DateTimeOffset(2026, 12, 1, 9, 0, 0, tokyo), new DateTimeOffset(2026, 12, 1, 18, 0, 0, tokyo));

            Assert.Equal("2026-12-01T00:00:00Z", window.StartText);
            Assert.Equal("2026-12-01T09:00:00Z", window.EndText);
        }

        [Fact]
        public void WindowIsStrictAtBothEnds()
        {
            var start = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
            var window = AccessWindow.Starting(start, TimeSpan.FromHours(1));

            Assert.False(window.Contains(start));
            Assert.True(window.Contains(start.AddTicks(1)));
            Assert.True(window.Contains(start.AddHours(1).AddTicks(-1)));
            Assert.False(window.Contains(start.AddHours(1)));
        }

        [Fact]
        public void FractionsOfSecondsNeverWidenTheWindow()
        {
            var start = new DateTimeOffset(2026, 12, 1, 0, 0, 0, 500, TimeSpan.Zero);
            var window = AccessWindow.Create(start, start.AddMinutes(10));

            Assert.Equal("2026-12-01T00:00:01Z", window.StartText);
            Assert.Equal("2026-12-01T00:10:00Z", window.EndText);
        }

        [Fact]
        public void EmptyOrBackwardWindowsAreRefused()
        {
            var start = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

            Assert.Contains("ends", Assert.Throws<ArgumentException>(() => AccessWindow.Create(start, start)).Message);
            Assert.Contains("ends", Assert.Throws<ArgumentException>(() => AccessWindow.Create(start, start.AddHours(-1))).Message);
            Assert.Contains("at least one whole second", Assert.Throws<ArgumentException>(() => AccessWindow.Create(start, start.AddMilliseconds(900))).Message);
        }

        [Fact]
        public void OneGrantCoversManyAccountsOnce()
        {
            var window = AccessWindow.Starting(DateTimeOffset.UtcNow, TimeSpan.FromHours(2));

            var resources = AssumeRoleGrantBuilder.Build(new[] { "111111111111", "222222222222", "111111111111" }, window)
                .Statements.Single().Resource!.Select(r => r.Value);

            Assert.Equal(new[] { "arn:aws:iam::111111111111:role/OSAccess", "arn:aws:iam::222222222222:role/OSAccess" }, resources);
        }

        [Fact]
        public void GrantRefusesNoAccountsAndBadAccounts()
        {
            var window = AccessWindow.Starting(DateTimeOffset.UtcNow, TimeSpan.FromHours(2));

            var none = Assert.Throws<ArgumentException>(() => AssumeRoleGrantBuilder.Build(new string[0], window));
            Assert.Contains("at least one account", none.Message);
            Assert.Equal("accountIds", none.ParamName);
            var bad = Assert.Throws<ArgumentException>(() => AssumeRoleGrantBuilder.Build(new[] { "account-id" }, window));
            Assert.Contains("12 digits", bad.Message);
            Assert.Equal("accountIds", bad.ParamName);
            Assert.Equal("roleName", Assert.Throws<ArgumentException>(() => AssumeRoleGrantBuilder.Build(new[] { "111111111111" }, window, "role/OSAccess")).ParamName);
            Assert.Contains("has no access window", Assert.Throws<ArgumentException>(() => AssumeRoleGrantBuilder.Build(new[] { "111111111111" }, default)).Message);
        }
    }
}
