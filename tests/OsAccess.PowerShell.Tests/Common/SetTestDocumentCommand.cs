using System.Collections.Generic;
using System.Management.Automation;
using OsAccess.Core.Changes;
using OsAccess.PowerShell.Common;

namespace OsAccess.PowerShell.Tests.Common
{
    /// <summary>
    /// A cmdlet that exists only in this test assembly: it writes a document per account into
    /// <c>$TestDocuments</c> (standing in for AWS) through <see cref="OsAccessWriteCmdlet"/>.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "TestDocument", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    public sealed class SetTestDocumentCommand : OsAccessWriteCmdlet
    {
        public const string StoreVariable = "TestDocuments";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        public string AccountId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1)]
        public string Document { get; set; } = string.Empty;

        /// <summary>Makes the write one that asks an extra question unless -Force.</summary>
        [Parameter]
        public SwitchParameter Sweeping { get; set; }

        protected override void ProcessAwsRecord()
        {
            object value = SessionState.PSVariable.GetValue(StoreVariable);
            var store = (Dictionary<string, string>)(value is PSObject wrapped ? wrapped.BaseObject : value);
            store.TryGetValue(AccountId, out string? current);
            var change = new PlannedChange(AccountId, "document Test", current == null ? "Create the document" : "Update the document", current, Document);
            bool write = Sweeping ? ShouldWrite(change, "This replaces a document OsAccess did not write. Replace it?") : ShouldWrite(change);
            if (write)
            {
                store[AccountId] = Document;
                WriteObject("written " + AccountId);
            }
        }
    }
}
