using System;
using System.IO;
using System.Management.Automation;
using System.Text;
using OsAccess.Core.Guardrail;
using OsAccess.Core.Guardrail.Compliance;
using OsAccess.Core.Time;
using OsAccess.PowerShell.Common;
using OsAccess.PowerShell.Context;
using OsAccess.Workflows.Organization;
using OsAccess.Workflows.Report;

namespace OsAccess.PowerShell.Report
{
    /// <summary>
    /// Writes the access-review report, one self-contained HTML page (<see cref="AccessReportHtml"/>), from the objects
    /// piped in (<see cref="ReportInput"/>) or, given none, from what <see cref="AccessReportCollector"/> reads. Overwrites
    /// -Path as Export-Csv does: -NoClobber refuses an existing file, -Force overwrites a read-only one.
    /// </summary>
    [Cmdlet(VerbsData.Export, "OSAccessReport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportOSAccessReportCommand : OsAccessWriteCmdlet
    {
        private readonly ReportInput input = new ReportInput();
        private string fullPath = string.Empty;

        /// <summary>The file to write; a relative path is taken from the current location.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>What the report shows: the output of Test-OSAccessScp, Test-OSAccessRole, Get-OSAccessGrant, Get-OSAccessRequest, Get-OSAccessSession.</summary>
        [Parameter(ValueFromPipeline = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>Do not overwrite an existing file.</summary>
        [Parameter]
        [Alias("NoOverwrite")]
        public SwitchParameter NoClobber { get; set; }

        /// <summary>Collecting: the account where people's IAM users live. Default: the caller's account.</summary>
        [Parameter]
        [ValidateAccountId]
        public string? HubAccountId { get; set; }

        /// <summary>Collecting: the OSAccess role's name.</summary>
        [Parameter]
        [ValidateRoleName]
        public string RoleName { get; set; } = GuardrailScpOptions.OsAccessRoleName;

        protected override void BeginProcessing()
        {
            fullPath = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
            if (Directory.Exists(fullPath))
            {
                ThrowTerminatingError(PathError($"'{fullPath}' is a folder: give the report's file name, such as report.html.", ErrorIds.ReportPathInvalid,
                    ErrorCategory.InvalidArgument));
            }
            if (!File.Exists(fullPath)) return;
            if (NoClobber)
            {
                ThrowTerminatingError(PathError($"the file '{fullPath}' already exists: choose another -Path, or leave out -NoClobber to overwrite it.",
                    ErrorIds.ReportFileExists, ErrorCategory.ResourceExists));
            }
            if (new FileInfo(fullPath).IsReadOnly && !Force)
            {
                ThrowTerminatingError(PathError($"the file '{fullPath}' is read-only: add -Force to overwrite it.", ErrorIds.ReportFileReadOnly, ErrorCategory.PermissionDenied));
            }
        }

        protected override void ProcessAwsRecord()
        {
            if (InputObject == null) return;
            if (!input.Add(InputObject.BaseObject))
            {
                WriteError(new ErrorRecord(new PSArgumentException($"InputObject: a {InputObject.BaseObject.GetType().Name} is not part of an access review; " +
                    $"pipe {ReportInput.Shown}.", nameof(InputObject)), ErrorIds.ReportInputInvalid, ErrorCategory.InvalidArgument, InputObject));
            }
        }

        /// <summary>
        /// With nothing piped in, the AWS base never resolves a session when the cmdlet stands after a pipe; standing first,
        /// it does, and <see cref="EndAwsProcessing"/> collects everything.
        /// </summary>
        protected override void EndProcessing()
        {
            if (MyInvocation.ExpectingInput && input.IsEmpty)
            {
                WriteWarning("Nothing came down the pipeline for the report: run Export-OSAccessReport on its own to collect everything, or pipe " + ReportInput.Shown + ".");
            }
            base.EndProcessing();
        }

        protected override void EndAwsProcessing()
        {
            string callerArn;
            if (input.IsEmpty && !MyInvocation.ExpectingInput)
            {
                var checker = new GuardrailChecker(new GuardrailCheckOptions(new GuardrailScpOptions().Resolve()) { Region = Session.Region });
                var collector = new AccessReportCollector(checker, HubAccountId, RoleName, CrossAccountRoleName, ThrottleLimit);
                CollectedAccess collected;
                try
                {
                    collected = Run(ct => collector.CollectAsync(Session, MemberSession, ct));
                }
                catch (OrganizationReadDeniedException error)
                {
                    ThrowTerminatingError(new ErrorRecord(error, ErrorIds.OrganizationReadDenied, ErrorCategory.PermissionDenied, error.Operation));
                    return;
                }
                input.Add(collected, RoleName);
                if (collected.RequestsNotRead != null) WriteWarning("The report has no requests: " + collected.RequestsNotRead);
                callerArn = collected.CallerArn;
            }
            else
            {
                callerArn = Run(async ct =>
                {
                    using var sts = Session.Sts();
                    return (await sts.GetCallerIdentityAsync(ct).ConfigureAwait(false)).Arn;
                });
            }

            var html = AccessReportHtml.Render(input.ToReport(SystemClock.Instance.UtcNow, callerArn));
            if (!ShouldProcess(fullPath, "Write the access-review report")) return;
            Write(html);
            WriteObject(new FileInfo(fullPath));
        }

        /// <summary>Writes the page, as UTF-8 without a byte order mark; a read-only file (-Force) stays read-only.</summary>
        private void Write(string html)
        {
            var existing = new FileInfo(fullPath);
            var readOnly = existing.Exists && existing.IsReadOnly;
            try
            {
                if (readOnly) existing.IsReadOnly = false;
                File.WriteAllText(fullPath, html, new UTF8Encoding(false));
            }
            catch (Exception error) when (error is IOException || error is UnauthorizedAccessException)
            {
                ThrowTerminatingError(PathError($"the report could not be written to '{fullPath}': {error.Message}", ErrorIds.ReportNotWritten, ErrorCategory.WriteError));
            }
            finally
            {
                if (readOnly) existing.IsReadOnly = true;
            }
        }

        private ErrorRecord PathError(string message, string errorId, ErrorCategory category) =>
            new ErrorRecord(new PSArgumentException("Path: " + message, nameof(Path)), errorId, category, fullPath) { ErrorDetails = new ErrorDetails("Path: " + message) };
    }
}
