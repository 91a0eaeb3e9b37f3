using System;
using OsAccess.Core.Changes;

namespace OsAccess.Core.Tests.Diff
{
    public class PlannedChangeTests
    {
        private const string Today = "{\n  \"MaxSessionDuration\": 3600\n}";
        private const string After = "{\n  \"MaxSessionDuration\": 7200\n}";

        [Fact]
        public void TheTargetNamesTheAccountAndTheResource()
        {
            var change = new PlannedChange("111122223333", "role OSAccess", "Update the role", Today, After);

            Assert.Equal("account 111122223333: role OSAccess", change.Target);
        }

        [Fact]
        public void TheDescriptionShowsTheOperationTheDocumentAndTheDiffAgainstAwsToday()
        {
            var change = new PlannedChange("111122223333", "role OSAccess", "Update the role", Today, After);

            Assert.Equal(
                "Performing the operation \"Update the role\" on target \"account 111122223333: role OSAccess\".\n" +
                "role OSAccess after the change:\n" +
                "{\n  \"MaxSessionDuration\": 7200\n}\n" +
                "Changes against AWS today:\n" +
                "--- AWS today\n+++ after\n@@ -1,3 +1,3 @@\n {\n-  \"MaxSessionDuration\": 3600\n+  \"MaxSessionDuration\": 7200\n }",
                change.Describe());
            Assert.True(change.ChangesAnything);
        }

        [Fact]
        public void ADocumentNewToAwsSaysAwsHoldsNone()
        {
            var change = new PlannedChange("111122223333", "role OSAccess", "Create the role", null, After);

            Assert.EndsWith("}\nAWS holds none today.", change.Describe());
            Assert.StartsWith("--- AWS today: none\n+++ after\n@@ -0,0 +1,3 @@\n", change.Diff);
            Assert.True(change.ChangesAnything);
        }

        [Fact]
        public void ARemovalShowsEveryLineRemoved()
        {
            var change = new PlannedChange("111122223333", "policy OSAccessPolicy", "Delete the policy", Today, null);

            Assert.Equal(
                "Performing the operation \"Delete the policy\" on target \"account 111122223333: policy OSAccessPolicy\".\n" +
                "Changes against AWS today:\n--- AWS today\n+++ after: none\n@@ -1,3 +0,0 @@\n-{\n-  \"MaxSessionDuration\": 3600\n-}",
                change.Describe());
        }

        [Fact]
        public void AwsHoldingTheSameLinesIsNoChange()
        {
            Assert.False(new PlannedChange("111122223333", "role OSAccess", "Update the role", Today, Today.Replace("\n", "\r\n") + "\n").ChangesAnything);
        }

        [Fact]
        public void AMalformedAccountIdIsRefused()
        {
            var error = Assert.Throws<ArgumentException>(() => new PlannedChange("12345", "role OSAccess", "Update the role", Today, After));

            Assert.StartsWith("'12345' is not an AWS account id", error.Message);
        }
    }
}
