namespace ProjectMap.Application.Storage;

/// <summary>Which audit entries to read: newest first, at most <see cref="Limit"/>, optionally older than an id, by one user or on one target.</summary>
/// <param name="Limit">The most entries to return, 1 to 1000.</param>
/// <param name="BeforeId">Only entries with a smaller id (for paging), or null.</param>
/// <param name="User">Only entries of this login name (exact), or null.</param>
/// <param name="Target">Only entries on this target (exact), or null.</param>
public sealed record AuditQuery(int Limit = 100, long? BeforeId = null, string? User = null, string? Target = null)
{
    /// <summary>The largest accepted <see cref="Limit"/>.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The limit clamped to 1..<see cref="MaxLimit"/>.</summary>
    public int EffectiveLimit => Math.Clamp(Limit, 1, MaxLimit);
}
