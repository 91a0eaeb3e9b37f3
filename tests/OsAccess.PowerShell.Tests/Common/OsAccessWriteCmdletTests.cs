using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using OsAccess.PowerShell.Tests.Hosting;

namespace OsAccess.PowerShell.Tests.Common
{
    public class OsAccessWriteCmdletTests
    {
        private const string Account = "111122223333";
        private const string Today = "{\n  \"MaxSessionDuration\": 3600\n}";
        private const string After = "{\n  \"MaxSessionDuration\": 7200\n}";
        private const string Credentials = "-AccessKey AKIATEST -SecretKey s -Region us-east-1";

        private readonly Dictionary<string, string> aws = new Dictionary<string, string> { [Account] = Today };
        private readonly RecordingHost host = new RecordingHost();

        [Fact]
        public void WhatIfWritesNothingAndShowsTheTargetTheDocumentAndTheDiff()
        {
            var run = Invoke($"Set-TestDocument {Account} $after {Credentials} -WhatIf");

            Assert.Equal(Today, aws[Account]);
            Assert.Empty(run.Output);
            Assert.Equal(
                "What if: Performing the operation \"Update the document\" on target \"account 111122223333: document Test\".\n" +
                "document Test after the change:\n{\n  \"MaxSessionDuration\": 7200\n}\n" +
                "Changes against AWS today:\n--- AWS today\n+++ after\n@@ -1,3 +1,3 @@\n {\n-  \"MaxSessionDuration\": 3600\n+  \"MaxSessionDuration\": 7200\n }\n",
                host.Output);
        }

        [Fact]
        public void WhatIfForADocumentAwsDoesNotHoldSaysSo()
        {
            Invoke($"Set-TestDocument 444455556666 $after {Credentials} -WhatIf");

            Assert.False(aws.ContainsKey("444455556666"));
            Assert.Contains("Performing the operation \"Create the document\" on target \"account 444455556666: document Test\".", host.Output);
            Assert.EndsWith("}\nAWS holds none today.\n", host.Output);
        }

        [Fact]
        public void ConfirmFalseWritesWithoutAsking()
        {
            var run = Invoke($"Set-TestDocument {Account} $after {Credentials} -Confirm:$false");

            Assert.Equal(After, aws[Account]);
            Assert.Equal(new[] { "written 111122223333" }, run.Output);
            Assert.Empty(host.Questions);
        }

        [Fact]
        public void ConfirmAsksWithTheTargetAndTheDiffAndANoWritesNothing()
        {
            host.Answers.Enqueue("No");

            Invoke($"Set-TestDocument {Account} $after {Credentials} -Confirm");

            Assert.Equal(Today, aws[Account]);
            var (caption, message) = Assert.Single(host.Questions);
            Assert.Equal("Confirm", caption);
            Assert.StartsWith("Are you sure you want to perform this action?\nPerforming the operation \"Update the document\" on target \"account 111122223333: document Test\".", message);
            Assert.Contains("-  \"MaxSessionDuration\": 3600\n+  \"MaxSessionDuration\": 7200", message);
        }

        [Fact]
        public void ConfirmAnsweredYesWrites()
        {
            host.Answers.Enqueue("Yes");

            Invoke($"Set-TestDocument {Account} $after {Credentials} -Confirm");

            Assert.Equal(After, aws[Account]);
        }

        [Fact]
        public void AConfirmPreferenceAtTheCmdletsImpactAsksWithoutConfirm()
        {
            host.Answers.Enqueue("No");

            Invoke($"$ConfirmPreference = 'Medium'; Set-TestDocument {Account} $after {Credentials}");

            Assert.Single(host.Questions);
            Assert.Equal(Today, aws[Account]);
        }

        [Fact]
        public void TheDefaultConfirmPreferenceWritesAMediumImpactChangeWithoutAsking()
        {
            Invoke($"Set-TestDocument {Account} $after {Credentials}");

            Assert.Empty(host.Questions);
            Assert.Equal(After, aws[Account]);
        }

        [Fact]
        public void AnExtraQuestionIsAskedWithoutForceAndANoWritesNothing()
        {
            host.Answers.Enqueue("No");

            Invoke($"Set-TestDocument {Account} $after {Credentials} -Sweeping");

            var (caption, message) = Assert.Single(host.Questions);
            Assert.Equal("Update the document on account 111122223333: document Test", caption);
            Assert.Equal("This replaces a document OsAccess did not write. Replace it?", message);
            Assert.Equal(Today, aws[Account]);
        }

        [Fact]
        public void YesToAllAnswersTheExtraQuestionForEveryAccount()
        {
            aws["444455556666"] = Today;
            host.Answers.Enqueue("Yes to All");

            var run = Invoke($"'{Account}', '444455556666' | Set-TestDocument -Document $after {Credentials} -Sweeping");

            Assert.Single(host.Questions);
            Assert.Equal(new[] { "written 111122223333", "written 444455556666" }, run.Output);
        }

        [Fact]
        public void ForceSkipsTheExtraQuestion()
        {
            var run = Invoke($"Set-TestDocument {Account} $after {Credentials} -Sweeping -Force");

            Assert.Empty(host.Questions);
            Assert.Equal(After, aws[Account]);
            Assert.Equal(new[] { "written 111122223333" }, run.Output);
        }

        [Fact]
        public void ForceDoesNotOverrideWhatIf()
        {
            Invoke($"Set-TestDocument {Account} $after {Credentials} -Sweeping -Force -WhatIf");

            Assert.Empty(host.Questions);
            Assert.Equal(Today, aws[Account]);
            Assert.StartsWith("What if: Performing the operation \"Update the document\"", host.Output);
        }

        [Fact]
        public void ForceDoesNotSkipConfirm()
        {
            host.Answers.Enqueue("No");

            Invoke($"Set-TestDocument {Account} $after {Credentials} -Sweeping -Force -Confirm");

            Assert.Equal("Confirm", Assert.Single(host.Questions).Caption);
            Assert.Equal(Today, aws[Account]);
        }

        [Fact]
        public void ADocumentAwsAlreadyHoldsIsNeitherAskedAboutNorWritten()
        {
            aws[Account] = After;

            var run = Invoke($"Set-TestDocument {Account} $after {Credentials} -Confirm -Verbose");

            Assert.Empty(host.Questions);
            Assert.Empty(run.Output);
            Assert.Contains("account 111122223333: document Test: AWS already holds what OsAccess would write; nothing to change.", run.Verbose);
            Assert.DoesNotContain("What if", host.Output);
        }

        private (List<string> Output, List<string> Verbose) Invoke(string script)
        {
            var state = InitialSessionState.CreateDefault2();
            state.Commands.Add(new SessionStateCmdletEntry("Set-TestDocument", typeof(SetTestDocumentCommand), null));
            state.Variables.Add(new SessionStateVariableEntry(SetTestDocumentCommand.StoreVariable, aws, string.Empty));
            state.Variables.Add(new SessionStateVariableEntry("after", After, string.Empty));
            using var runspace = RunspaceFactory.CreateRunspace(host, state);
            runspace.Open();
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = runspace;
            var output = shell.AddScript(script).Invoke();
            Assert.Empty(shell.Streams.Error);
            return (output.Select(o => o.ToString()).ToList(), shell.Streams.Verbose.Select(v => v.Message).ToList());
        }
    }
}
