namespace OsAccess.Core.Guardrail.Compliance
{
    /// <summary>An SCP as the organization holds it: its id, name and JSON content.</summary>
    public sealed class ServiceControlPolicy
    {
        public ServiceControlPolicy(string id, string name, string content)
        {
            Id = id;
            Name = name;
            Content = content;
        }

        /// <summary><c>p-…</c>; for documents given offline, a name for them such as <c>ServiceControlPolicy level 2 policy 1</c>.</summary>
        public string Id { get; }

        public string Name { get; }

        public string Content { get; }

        public override string ToString() => Name == Id ? Name : $"{Name} ({Id})";
    }
}
