namespace ProjectMap.Application.Photos;

/// <summary>One file to ingest: where its bytes are, and the name to show and store for it (for example the name an upload was sent under).</summary>
/// <param name="Path">The file to read.</param>
/// <param name="DisplayName">The file name to show and record (control characters are replaced; never used as a path), or null for the file's own name.</param>
public sealed record IngestSource(string Path, string? DisplayName = null);
