using System.Collections.Generic;

namespace OsAccess.Core.Roles
{
    /// <summary>Every kind of finding Test-OSAccessRole reports. The ids are stable: scripts may match on them.</summary>
    public static class RoleFindingRules
    {
        public static readonly RoleFindingRule RoleMissing = new RoleFindingRule("OSAccessRole.Missing", RoleFindingSeverity.Error);
        public static readonly RoleFindingRule NotOwned = new RoleFindingRule("OSAccessRole.NotCreatedByOsAccess", RoleFindingSeverity.Warning);
        public static readonly RoleFindingRule TrustPolicyDiffers = new RoleFindingRule("OSAccessRole.TrustPolicyDiffers", RoleFindingSeverity.Error);
        public static readonly RoleFindingRule TrustWiderThanHub = new RoleFindingRule("OSAccessRole.TrustWiderThanHub", RoleFindingSeverity.Error);
        public static readonly RoleFindingRule SessionDurationOver = new RoleFindingRule("OSAccessRole.SessionDurationOverConfigured", RoleFindingSeverity.Error);
        public static readonly RoleFindingRule SessionDurationUnder = new RoleFindingRule("OSAccessRole.SessionDurationUnderConfigured", RoleFindingSeverity.Warning);
        public static readonly RoleFindingRule BasePolicyMissing = new RoleFindingRule("OSAccessRole.BasePolicyNotAttached", RoleFindingSeverity.Error);
        public static readonly RoleFindingRule ForeignPolicyAttached = new RoleFindingRule("OSAccessRole.ForeignPolicyAttached", RoleFindingSeverity.Error);
        public static readonly RoleFindingRule InlinePolicyPresent = new RoleFindingRule("OSAccessRole.InlinePolicyPresent", RoleFindingSeverity.Error);
        public static readonly RoleFindingRule PolicyMissing = new RoleFindingRule("OSAccessRole.PolicyMissing", RoleFindingSeverity.Error);
        public static readonly RoleFindingRule PolicyNotAttached = new RoleFindingRule("OSAccessRole.PolicyNotAttached", RoleFindingSeverity.Error);
        public static readonly RoleFindingRule PolicyDiffers = new RoleFindingRule("OSAccessRole.PolicyDiffers", RoleFindingSeverity.Error);

        public static IReadOnlyList<RoleFindingRule> All { get; } = new[]
        {
            RoleMissing, NotOwned, TrustPolicyDiffers, TrustWiderThanHub, SessionDurationOver, SessionDurationUnder, BasePolicyMissing,
            ForeignPolicyAttached, InlinePolicyPresent, PolicyMissing, PolicyNotAttached, PolicyDiffers,
        };
    }
}
