using System;
using System.Text;
using OsAccess.Core.Diff;

namespace OsAccess.Core.Changes
{
    /// <summary>
    /// One write OsAccess is about to make in one account: what it does, to what, the document AWS holds today and the
    /// one it will hold after. A cmdlet asks ShouldProcess with it; -WhatIf shows <see cref="Describe"/>.
    /// </summary>
    public sealed class PlannedChange
    {
        /// <param name="resource">What is written, as a person names it: <c>role OSAccess</c>, <c>policy OSAccessPolicy</c>.</param>
        /// <param name="operation">What is done to it, as a verb phrase: <c>Create the role</c>, <c>Update the trust policy</c>.</param>
        /// <param name="current">The document AWS holds today, indented; null when there is none.</param>
        /// <param name="desired">The document after the change, indented; null when the change removes it.</param>
        public PlannedChange(string accountId, string resource, string operation, string? current, string? desired)
        {
            AccountId = Aws.AccountId.Require(accountId, nameof(accountId));
            Resource = string.IsNullOrWhiteSpace(resource) ? throw new ArgumentException("A change names what it writes.", nameof(resource)) : resource;
            Operation = string.IsNullOrWhiteSpace(operation) ? throw new ArgumentException("A change names what it does.", nameof(operation)) : operation;
            Current = current;
            Desired = desired;
        }

        public string AccountId { get; }

        public string Resource { get; }

        public string Operation { get; }

        public string? Current { get; }

        public string? Desired { get; }

        /// <summary>The target as PowerShell's guidelines want it shown: <c>account 111122223333: role OSAccess</c>.</summary>
        public string Target => $"account {AccountId}: {Resource}";

        /// <summary>The lines that change, as a unified diff from what AWS holds today; empty when nothing would change.</summary>
        public string Diff => LineDiff.Unified(Current, Desired, Current == null ? "AWS today: none" : "AWS today", Desired == null ? "after: none" : "after");

        /// <summary>False when AWS already holds the desired document line for line: nothing would be written.</summary>
        public bool ChangesAnything => (Current == null) != (Desired == null) || Diff.Length > 0;

        /// <summary>
        /// What -WhatIf and -Confirm show: PowerShell's sentence with the operation and the target, then the document
        /// after the change, then the diff against what AWS holds today.
        /// </summary>
        public string Describe()
        {
            var text = new StringBuilder();
            text.Append("Performing the operation \"").Append(Operation).Append("\" on target \"").Append(Target).Append("\".");
            if (Desired != null)
            {
                text.Append('\n').Append(Resource).Append(" after the change:\n").Append(Desired.TrimEnd('\r', '\n'));
            }

            text.Append('\n');
            if (Current == null)
            {
                text.Append("AWS holds none today.");
            }
            else
            {
                text.Append("Changes against AWS today:\n").Append(Diff.TrimEnd('\n'));
            }

            return text.ToString();
        }
    }
}
