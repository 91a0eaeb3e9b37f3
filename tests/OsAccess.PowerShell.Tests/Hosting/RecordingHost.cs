using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace OsAccess.PowerShell.Tests.Hosting
{
    /// <summary>A host that records what PowerShell shows a person and answers its questions from a script.</summary>
    public sealed class RecordingHost : PSHost
    {
        private readonly RecordingUserInterface ui = new RecordingUserInterface();

        public override string Name => "RecordingHost";

        public override Version Version { get; } = new Version(1, 0);

        public override Guid InstanceId { get; } = Guid.NewGuid();

        public override PSHostUserInterface UI => ui;

        public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

        public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

        /// <summary>Everything written to the host, as one text.</summary>
        public string Output => ui.Output.ToString();

        /// <summary>Each question asked: its caption and message.</summary>
        public List<(string Caption, string Message)> Questions => ui.Questions;

        /// <summary>The answers to give, in order, by label: "Yes", "No", "Yes to All"…</summary>
        public Queue<string> Answers => ui.Answers;

        public override void EnterNestedPrompt() => throw new NotSupportedException();

        public override void ExitNestedPrompt() => throw new NotSupportedException();

        public override void NotifyBeginApplication()
        {
        }

        public override void NotifyEndApplication()
        {
        }

        public override void SetShouldExit(int exitCode)
        {
        }

        private sealed class RecordingUserInterface : PSHostUserInterface
        {
            public System.Text.StringBuilder Output { get; } = new System.Text.StringBuilder();

            public List<(string Caption, string Message)> Questions { get; } = new List<(string, string)>();

            public Queue<string> Answers { get; } = new Queue<string>();

            public override PSHostRawUserInterface? RawUI => null;

            public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
            {
                Questions.Add((caption, message));
                if (Answers.Count == 0)
                {
                    throw new InvalidOperationException($"Nobody answers '{caption}: {message}'.");
                }

                string answer = Answers.Dequeue();
                for (int i = 0; i < choices.Count; i++)
                {
                    if (choices[i].Label.Replace("&", string.Empty) == answer)
                    {
                        return i;
                    }
                }

                throw new InvalidOperationException($"'{answer}' is not one of the choices of '{caption}'.");
            }

            public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
                throw new NotSupportedException();

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
                throw new NotSupportedException();

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
                PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw new NotSupportedException();

            public override string ReadLine() => throw new NotSupportedException();

            public override SecureString ReadLineAsSecureString() => throw new NotSupportedException();

            public override void Write(string value) => Output.Append(value);

            public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Output.Append(value);

            public override void WriteLine(string value) => Output.Append(value).Append('\n');

            public override void WriteDebugLine(string message) => Output.Append("DEBUG: ").Append(message).Append('\n');

            public override void WriteErrorLine(string value) => Output.Append("ERROR: ").Append(value).Append('\n');

            public override void WriteProgress(long sourceId, ProgressRecord record)
            {
            }

            public override void WriteVerboseLine(string message) => Output.Append("VERBOSE: ").Append(message).Append('\n');

            public override void WriteWarningLine(string message) => Output.Append("WARNING: ").Append(message).Append('\n');
        }
    }
}
