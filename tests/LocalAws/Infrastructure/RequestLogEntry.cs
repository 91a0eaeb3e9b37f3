using System;

namespace LocalAws.Infrastructure;

/// <summary>One API call as the emulator saw it.</summary>
public sealed record RequestLogEntry(
    DateTimeOffset Time,
    string Service,
    string Operation,
    string? Caller,
    int Status,
    string? ErrorCode);
