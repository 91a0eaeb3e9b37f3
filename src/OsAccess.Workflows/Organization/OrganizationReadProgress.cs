namespace OsAccess.Workflows.Organization
{
    /// <summary>How far the walk has come: parents (root and OUs) listed of those found so far, SCPs read of those listed.</summary>
    public sealed class OrganizationReadProgress
    {
        public OrganizationReadProgress(int parentsListed, int parentsFound, int policiesRead, int policiesFound, int accountsFound)
        {
            ParentsListed = parentsListed;
            ParentsFound = parentsFound;
            PoliciesRead = policiesRead;
            PoliciesFound = policiesFound;
            AccountsFound = accountsFound;
        }

        public int ParentsListed { get; }

        public int ParentsFound { get; }

        public int PoliciesRead { get; }

        public int PoliciesFound { get; }

        public int AccountsFound { get; }

        /// <summary>A rough share of the work done, 0-100, for a progress bar.</summary>
        public int Percent
        {
            get
            {
                var total = ParentsFound + PoliciesFound;
                return total == 0 ? 0 : (int)(100L * (ParentsListed + PoliciesRead) / total);
            }
        }

        public override string ToString() =>
            $"{ParentsListed} of {ParentsFound} roots and OUs listed, {AccountsFound} accounts found, {PoliciesRead} of {PoliciesFound} SCPs read";
    }
}
