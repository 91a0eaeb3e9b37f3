using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using OsAccess.Core.Policy.Validation;

namespace OsAccess.PowerShell.Policy
{
    /// <summary>
    /// Checks IAM policy JSON against the grammar, IAM's rules and the quota of its policy type, offline.
    /// Returns findings, or one bool per document with -Quiet.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "OSAccessPolicyDocument", DefaultParameterSetName = TextSet)]
    [OutputType(typeof(PolicyFinding))]
    [OutputType(typeof(bool))]
    public sealed class TestOSAccessPolicyDocumentCommand : PSCmdlet
    {
        private const string TextSet = "Text";
        private const string PathSet = "Path";

        private readonly PipedTextLines<string> pipedTexts = new PipedTextLines<string>(text => text);

        /// <summary>The policy's JSON text, e.g. from Get-Content -Raw, or the MinifiedJson of a New-OSAccess*Document result.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = TextSet)]
        [Alias("MinifiedJson")]
        [AllowEmptyString]
        public string PolicyDocument { get; set; } = string.Empty;

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
                foreach (var text in pipedTexts.Take(PolicyDocument)) Check(text, source: null);
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
                        WriteError(new ErrorRecord(e, "PolicyFileUnreadable", ErrorCategory.ReadError, file)
                        {
                            ErrorDetails = new ErrorDetails($"Cannot read the policy file '{file}': {e.Message} Pass a file you may read, not a folder, or the JSON itself with -PolicyDocument."),
                        });
                        if (Quiet) WriteObject(false);
                        continue;
                    }
                    Check(text, file);
                }
            }
        }

        protected override void EndProcessing()
        {
            foreach (var text in pipedTexts.Finish()) Check(text, source: null);
            if (!pipedTexts.InLines) return;
            WriteError(new ErrorRecord(
                new ArgumentException("The policy text came one line at a time."), "PolicyTextInLines", ErrorCategory.InvalidArgument, null)
            {
                ErrorDetails = new ErrorDetails(
                    $"-PolicyDocument got the policy one line at a time ({pipedTexts.Count} lines), as Get-Content gives a file without -Raw, " +
                    "so none of it was checked: use Get-Content -Raw <file> | Test-OSAccessPolicyDocument, or Test-OSAccessPolicyDocument -Path <file>."),
            });
            if (Quiet) WriteObject(false);
        }

        private void Check(string text, string? source)
        {
            var findings = PolicyValidator.Validate(text, PolicyType);
            if (Quiet)
            {
                WriteObject(PolicyValidator.IsValid(findings));
                return;
            }
            foreach (var finding in findings)
            {
                var output = PSObject.AsPSObject(finding);
                if (source != null) output.Properties.Add(new PSNoteProperty("Path", source));
                WriteObject(output);
            }
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
            WriteError(new ErrorRecord(e, "PolicyFileNotFound", ErrorCategory.ObjectNotFound, path)
            {
                ErrorDetails = new ErrorDetails($"No policy file matches '{path}', so nothing was checked: check the path, or pass the JSON itself with -PolicyDocument."),
            });
            if (Quiet) WriteObject(false);
        }
    }
}
