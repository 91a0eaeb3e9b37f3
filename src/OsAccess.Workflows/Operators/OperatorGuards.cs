using OsAccess.Core.Policy;
using OsAccess.Core.Requests;

namespace OsAccess.Workflows.Operators
{
    /// <summary>The Deny statements of the tasks' policies (docs/operator-policy.md, docs/requests.md).</summary>
    public static class OperatorGuards
    {
        /// <summary>
        /// Nobody asking reads another person's request, whose Description is their reason, even holding ReadOnlyAccess;
        /// lifted for those who read every request (approvers, auditors).
        /// </summary>
        public static readonly OperatorGuard NoOtherReasons = new OperatorGuard(OperatorAccountKind.Hub, "NoOtherReasons", new[] { "ssm:GetOpsItem" },
            OperatorScopes.OpsItems, OperatorScopes.AllRequests,
            StatementLists.Condition("StringNotEquals", OperatorScopes.Requester, OperatorScopes.Me),
            StatementLists.Condition("Null", OperatorScopes.Requester, "false"));

        /// <summary>
        /// Nobody asking changes the requester tag of another person's request, to move it into their own name and read it,
        /// whatever else they may tag. It spares one's own items, and an item without the tag: a tagged CreateOpsItem is also
        /// authorised as ssm:AddTagsToResource, whether AWS then counts the new tag as the item's or not.
        /// </summary>
        public static readonly OperatorGuard NoRequesterRetagging = new OperatorGuard(OperatorAccountKind.Hub, "NoRequesterRetagging",
            new[] { "ssm:AddTagsToResource", "ssm:RemoveTagsFromResource" }, OperatorScopes.OpsItems, null,
            StatementLists.Condition("ForAnyValue:StringEquals", "aws:TagKeys", AccessRequestFields.RequesterTag),
            StatementLists.Condition("StringNotEquals", OperatorScopes.Requester, OperatorScopes.Me),
            StatementLists.Condition("Null", OperatorScopes.Requester, "false"));
    }
}
