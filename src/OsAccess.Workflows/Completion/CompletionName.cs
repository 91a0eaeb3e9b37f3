namespace OsAccess.Workflows.Completion
{
    /// <summary>A value Tab can offer (an account id, an OU id, a user name) and what it is, shown beside it.</summary>
    public sealed class CompletionName
    {
        public CompletionName(string value, string description)
        {
            Value = value;
            Description = description;
        }

        public string Value { get; }

        /// <summary>The account's or OU's name; typing its start completes too.</summary>
        public string Description { get; }
    }
}
