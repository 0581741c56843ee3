namespace ProjectMap.Application.Storage.Copy;

/// <summary>
/// Copies everything one store holds into another, of the same kind or not (GeoPackage ↔ PostGIS), then compares
/// count and content checksum per concern. The destination must hold nothing yet of any concern, so nothing is
/// merged or overwritten. Each concern is copied page by page (one destination transaction per page), so memory does
/// not grow with the store; a copy that fails part way leaves a partial destination, which a new copy refuses — start
/// again into a new file or an emptied database.
/// </summary>
public static class StoreCopier
{
    /// <summary>
    /// Copies <paramref name="source"/> into <paramref name="destination"/> concern by concern and returns the
    /// comparison; throws <see cref="StoreException"/> before writing anything when the destination is not empty.
    /// </summary>
    public static async Task<StoreCopyReport> CopyAsync(
        IProjectMapStore source, IProjectMapStore destination, IReadOnlyList<IStoreConcern>? concerns = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        concerns ??= StoreConcerns.All;
        if (string.Equals(source.Location, destination.Location, StringComparison.Ordinal))
        {
            throw new StoreException($"cannot copy {source.Location} onto itself");
        }

        foreach (var concern in concerns)
        {
            var present = await concern.CountAsync(destination, cancellationToken).ConfigureAwait(false);
            if (present > 0)
            {
                throw new StoreException(
                    $"{destination.Location} already holds {present} {concern.Name}; copy into a new GeoPackage file or an empty database");
            }
        }

        var comparisons = new List<ConcernComparison>();
        foreach (var concern in concerns)
        {
            var copied = await concern.CopyAsync(source, destination, cancellationToken).ConfigureAwait(false);
            comparisons.Add(await ContentDigest.CompareAsync(concern, source, destination, copied, cancellationToken).ConfigureAwait(false));
        }

        return new StoreCopyReport(source.Location, destination.Location, comparisons);
    }

    /// <summary>The digest of every concern in one store, in copy order.</summary>
    public static async Task<IReadOnlyList<ConcernDigest>> DigestAsync(
        IProjectMapStore store, IReadOnlyList<IStoreConcern>? concerns = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var list = new List<ConcernDigest>();
        foreach (var concern in concerns ?? StoreConcerns.All)
        {
            list.Add(await ContentDigest.ComputeAsync(concern, store, cancellationToken).ConfigureAwait(false));
        }

        return list;
    }
}
