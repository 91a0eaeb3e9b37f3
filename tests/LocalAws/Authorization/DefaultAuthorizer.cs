namespace LocalAws.Authorization;

/// <summary>The authoriser the emulator uses unless told otherwise.</summary>
public static class DefaultAuthorizer
{
    public static IAuthorizer Create() => new PolicyEngineAuthorizer();
}
