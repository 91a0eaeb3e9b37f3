namespace LocalAws.Services;

public enum PolicyKind
{
    /// <summary>Identity policy, managed policy, permissions boundary, session policy.</summary>
    Identity,
    /// <summary>A role's trust policy: needs a Principal, has no Resource.</summary>
    Trust,
    /// <summary>A service control policy: no Principal.</summary>
    ServiceControl,
}
