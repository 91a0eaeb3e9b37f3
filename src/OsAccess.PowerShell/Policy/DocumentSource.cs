using System.Management.Automation;
using OsAccess.Core.Policy;

namespace OsAccess.PowerShell.Policy
{
    /// <summary>
    /// Which document a finding or a -Quiet answer is about: the file it was read from (Path), or the name it came with
    /// (Name, and the AccountId it is for). Text, which has no name, is named after its place in the input: "input 2".
    /// </summary>
    internal sealed class DocumentSource
    {
        private DocumentSource(string? path, string? name, string? accountId)
        {
            Path = path;
            Name = name;
            AccountId = accountId;
        }

        public string? Path { get; }

        public string? Name { get; }

        public string? AccountId { get; }

        public static DocumentSource File(string path) => new DocumentSource(path, null, null);

        public static DocumentSource Built(BuiltPolicyDocument document) => new DocumentSource(null, document.Name, document.AccountId);

        public static DocumentSource Input(int number) => new DocumentSource(null, $"input {number}", null);

        /// <summary>The value with this source's Path, or Name and AccountId, as note properties.</summary>
        public PSObject Tag(object value)
        {
            var tagged = PSObject.AsPSObject(value);
            if (Path != null) tagged.Properties.Add(new PSNoteProperty("Path", Path));
            if (Name != null) tagged.Properties.Add(new PSNoteProperty("Name", Name));
            if (AccountId != null) tagged.Properties.Add(new PSNoteProperty("AccountId", AccountId));
            return tagged;
        }
    }
}
