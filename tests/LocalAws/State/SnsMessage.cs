using System;

namespace LocalAws.State;

/// <summary>A message published to an SNS topic, kept so tests can read what was sent (GET /_localaws/sns/messages).</summary>
public sealed record SnsMessage(string MessageId, string TopicArn, string? Subject, string Message, string PublisherArn, DateTimeOffset PublishedAt);
