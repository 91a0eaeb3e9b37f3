using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using OsAccess.PowerShell.Common;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.PowerShell.Policy
{
    /// <summary>
    /// Checks IAM policy JSON against the grammar, IAM's rules and the quota of its policy type, offline.
    /// Returns findings, or one bool per document with -Quiet; each carries the Path or Name of its document.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "OSAccessPolicyDocument", DefaultParameterSetName = TextSet)]
    [OutputType(typeof(PolicyFinding))]
    [OutputType(typeof(bool))]
    public sealed class TestOSAccessPolicyDocumentCommand : PSCmdlet
    {
        private const string TextSet = "Text";
        private const string PathSet = "Path";
        private const string DocumentSet = "Document";

        private readonly PipedTextLines<PipedPolicy> pipedTexts = new PipedTextLines<PipedPolicy>(piped => piped.Text);

        /// <summary>The policy's JSON text, e.g. from Get-Content -Raw, or the MinifiedJson of a New-OSAccess*Document result.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = TextSet)]
        [Alias("MinifiedJson")]
        [AllowEmptyString]
        public string PolicyDocument { get; set; } = string.Empty;

        /// <summary>A document a New-OSAccess*Document cmdlet built: checked as its PolicyType, its findings carrying its Name and AccountId.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = DocumentSet)]
        public BuiltPolicyDocument? InputObject { get; set; }

        /// <summary>Files holding policy JSON.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PathSet)]
        [Alias("FullName", "PSPath")]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = new string[0];

        /// <summary>Where the policy goes: decides which elements it may have and its size quota. Binds from a New-OSAccess*Document result.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public PolicyType PolicyType { get; set; } = PolicyType.Identity;

        /// <summary>Return only $true (no error-level finding) or $false, one per document.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == TextSet)
            {
                var source = DocumentSource.Input(pipedTexts.Count + 1);
                foreach (var piped in pipedTexts.Take(new PipedPolicy(PolicyDocument, PolicyType, source))) Check(piped);
                return;
            }
            if (ParameterSetName == DocumentSet)
            {
                Check(new PipedPolicy(InputObject!.MinifiedJson, PolicyType, DocumentSource.Built(InputObject)));
                return;
            }
            foreach (var path in Path)
            {
                foreach (var file in ResolvePaths(path))
                {
                    string text;
                    try
                    {
                        text = File.ReadAllText(file);
                    }
                    catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                    {
                        WriteError(new ErrorRecord(e, ErrorIds.PolicyFileUnreadable, ErrorCategory.ReadError, file)
                        {
                            ErrorDetails = new ErrorDetails($"Cannot read the policy file '{file}': {e.Message} Pass a file you may read, not a folder, or the JSON itself with -PolicyDocument."),
                        });
                        if (Quiet) WriteObject(DocumentSource.File(file).Tag(false));
                        continue;
                    }
                    Check(new PipedPolicy(text, PolicyType, DocumentSource.File(file)));
                }
            }
        }

        protected override void EndProcessing()
        {
            foreach (var piped in pipedTexts.Finish()) Check(piped);
            if (!pipedTexts.InLines) return;
            WriteError(new ErrorRecord(
                new ArgumentException("The policy text came one line at a time."), ErrorIds.PolicyTextInLines, ErrorCategory.InvalidArgument, null)
            {
                ErrorDetails = new ErrorDetails(
                    $"-PolicyDocument got the policy one line at a time ({pipedTexts.Count} lines), as Get-Content gives a file without -Raw, " +
                    "so none of it was checked: use Get-Content -Raw <file> | Test-OSAccessPolicyDocument, or Test-OSAccessPolicyDocument -Path <file>."),
            });
            if (Quiet) WriteObject(DocumentSource.Input(1).Tag(false));
        }

        private void Check(PipedPolicy policy)
        {
            var findings = PolicyValidator.Validate(policy.Text, policy.Type);
            if (Quiet)
            {
                WriteObject(policy.Source.Tag(PolicyValidator.IsValid(findings)));
                return;
            }
            foreach (var finding in findings) WriteObject(policy.Source.Tag(finding));
        }

        private string[] ResolvePaths(string path)
        {
            try
            {
                var resolved = GetResolvedProviderPathFromPSPath(path, out _);
                if (resolved.Count > 0) return resolved.ToArray();
                WriteFileNotFound(new ItemNotFoundException($"No file matches '{path}'."), path);
            }
            catch (ItemNotFoundException e)
            {
                WriteFileNotFound(e, path);
            }
            return new string[0];
        }

        private void WriteFileNotFound(ItemNotFoundException e, string path)
        {
            WriteError(new ErrorRecord(e, ErrorIds.PolicyFileNotFound, ErrorCategory.ObjectNotFound, path)
            {
                ErrorDetails = new ErrorDetails($"No policy file matches '{path}', so nothing was checked: check the path, or pass the JSON itself with -PolicyDocument."),
            });
            if (Quiet) WriteObject(DocumentSource.File(path).Tag(false));
        }

        /// <summary>One text to check, with the policy type and source it came with.</summary>
        private sealed class PipedPolicy
        {
            public PipedPolicy(string text, PolicyType type, DocumentSource source)
            {
                Text = text;
                Type = type;
                Source = source;
            }

            public string Text { get; }

            public PolicyType Type { get; }

            public DocumentSource Source { get; }
        }
    }
}
