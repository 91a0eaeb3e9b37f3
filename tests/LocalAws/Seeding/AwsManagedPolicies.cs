using System.IO;
using System.Reflection;

namespace LocalAws.Seeding;

/// <summary>The AWS managed policies the emulator knows, with representative content.</summary>
public static class AwsManagedPolicies
{
    public static readonly string[] IamPolicyNames = { "AdministratorAccess", "ReadOnlyAccess", "ViewOnlyAccess" };

    /// <summary>The policy's ARN; AWS keeps its job-function policies under the path <c>/job-function/</c>.</summary>
    public static string IamArn(string name) => $"arn:aws:iam::aws:policy/{PathOf(name)}{name}";

    public static string PathOf(string name) => name == "ViewOnlyAccess" ? "job-function/" : "";

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
