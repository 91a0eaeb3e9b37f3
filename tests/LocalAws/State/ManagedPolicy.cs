using System;
using System.Collections.Generic;
using System.Linq;

namespace LocalAws.State;

/// <summary>A managed policy: customer managed (in an account) or AWS managed (account "aws").</summary>
public sealed class ManagedPolicy
{
    public required string Arn { get; init; }
    public required string Name { get; init; }
    public required string Id { get; init; }
    public string Path { get; init; } = "/";
    public string? Description { get; init; }
    public DateTimeOffset CreateDate { get; init; }
    public DateTimeOffset UpdateDate { get; set; }
    public DateTimeOffset VisibleFrom { get; set; }
    public List<PolicyVersion> Versions { get; } = new();
    public string DefaultVersionId { get; set; } = "v1";
    public int NextVersion { get; set; } = 2;
    public Tags Tags { get; } = new();

    public bool IsAwsManaged => Arn.StartsWith("arn:aws:iam::aws:", StringComparison.Ordinal);

    public PolicyVersion DefaultVersion => Versions.First(v => v.VersionId == DefaultVersionId);

    /// <summary>The document authorisation still uses until <see cref="PreviousDefaultUntil"/> after a default-version change.</summary>
    public string? PreviousDefaultDocument { get; set; }
    public DateTimeOffset PreviousDefaultUntil { get; set; }

    /// <summary>The document in force at <paramref name="now"/> (IAM's eventual consistency after SetAsDefault).</summary>
    public string DocumentAt(DateTimeOffset now) =>
        PreviousDefaultDocument is not null && now < PreviousDefaultUntil ? PreviousDefaultDocument : DefaultVersion.Document;
}
