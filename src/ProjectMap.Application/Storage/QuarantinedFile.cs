namespace ProjectMap.Application.Storage;

/// <summary>A rejected file kept byte for byte in quarantine, with the reason.</summary>
/// <param name="Sha256">SHA-256 of the file.</param>
/// <param name="FileName">The name it was submitted under (display only).</param>
/// <param name="SizeBytes">Size in bytes.</param>
/// <param name="Reason">Why it was rejected.</param>
/// <param name="StoredPath">Where it is kept, relative to the file store's root.</param>
/// <param name="QuarantinedAt">When (UTC).</param>
public sealed record QuarantinedFile(string Sha256, string FileName, long SizeBytes, string Reason, string StoredPath, DateTimeOffset QuarantinedAt);
