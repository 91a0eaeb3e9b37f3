using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using OsAccess.Core.Policy;
using OsAccess.Core.Policy.Validation;
using OsAccess.PowerShell.Common;
using OsAccess.Workflows.Operators;

namespace OsAccess.PowerShell.Documents
{
    /// <summary>
    /// Emits the least-privilege IAM policy an operator needs for tasks, one document per kind of account to attach it in
    /// (Management, Hub, Member), built from what the tasks' cmdlets call. Tasks from the pipeline are gathered into one set.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "OSAccessOperatorPolicyDocument")]
    [OutputType(typeof(BuiltPolicyDocument))]
    public sealed class NewOSAccessOperatorPolicyDocumentCommand : PSCmdlet
    {
        private readonly List<OperatorTask> tasks = new List<OperatorTask>();

        /// <summary>The kinds of work: Publish, Grant, Audit, Revoke, Request, Approve.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public OperatorTask[] Task { get; set; } = new OperatorTask[0];

        /// <summary>The role the operator assumes in member accounts, as the other cmdlets' -CrossAccountRoleName. Default: OrganizationAccountAccessRole.</summary>
        [Parameter]
        [ValidateRoleName]
        public string CrossAccountRoleName { get; set; } = Aws.Sessions.CrossAccountOptions.DefaultRoleName;

        protected override void ProcessRecord() => tasks.AddRange(Task);

        protected override void EndProcessing()
        {
            foreach (var part in OperatorPolicyBuilder.Build(tasks, CrossAccountRoleName))
            {
                var document = DocumentOutput.Build(this, part.Name, PolicyType.Identity, () => part.Document, (_, __) => string.Empty, accountId: null,
                    ("crossAccountRoleName", nameof(CrossAccountRoleName)));
                if (document == null) continue;
                var output = PSObject.AsPSObject(document);
                output.Properties.Add(new PSNoteProperty("Task", part.Tasks.ToArray()));
                output.Properties.Add(new PSNoteProperty("AccountKind", part.Account));
                WriteObject(output);
            }
        }
    }
}
