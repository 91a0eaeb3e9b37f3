using System.IO;
using System.Reflection;

namespace LocalAws.Seeding;

/// <summary>The AWS managed policies the emulator knows, with representative content.</summary>
public static class AwsManagedPolicies
{
    public static readonly string[] IamPolicyNames = { "AdministratorAccess", "ReadOnlyAccess", "ViewOnlyAccess" };

    public static string IamArn(string name) => $"arn:aws:iam::aws:policy/{name}";

    public static string Document(string name) => Resource($"AwsManaged.{name}.json");

    public static string Resource(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream($"LocalAws.Seeding.{name}")
            ?? throw new FileNotFoundException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
