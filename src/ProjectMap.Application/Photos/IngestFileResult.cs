namespace ProjectMap.Application.Photos;

/// <summary>The outcome of ingesting one file.</summary>
/// <param name="File">The file as given (control characters replaced).</param>
/// <param name="Sha256">SHA-256 of its bytes; null when it could not be read.</param>
/// <param name="Outcome">Accepted, accepted with warnings, duplicate or rejected.</param>
/// <param name="Reason">Why it was rejected, or what it duplicates; null otherwise.</param>
/// <param name="Warnings">Warnings for accepted files.</param>
/// <param name="Month">The capture month it was filed under (yyyy-MM), when known.</param>
/// <param name="ProjectCode">The project it was filed under, when any.</param>
/// <param name="StoredPath">Where the original (or the quarantined copy) is, relative to the file store.</param>
public sealed record IngestFileResult(
    string File, string? Sha256, IngestOutcome Outcome, string? Reason, IReadOnlyList<string> Warnings, string? Month, string? ProjectCode, string? StoredPath);
