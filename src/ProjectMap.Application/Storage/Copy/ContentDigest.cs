namespace ProjectMap.Application.Storage.Copy;

/// <summary>
/// Content checksums of a concern, streamed: one store's digest, or two stores compared in one pass that merges their
/// item streams by key (both are in ordinal key order), so naming the items that differ needs no per-item memory.
/// </summary>
public static class ContentDigest
{
    /// <summary>How many differing items a comparison names at most.</summary>
    public const int MaxDifferences = 5;

    /// <summary>The count and checksum of a concern in a store.</summary>
    public static async Task<ConcernDigest> ComputeAsync(IStoreConcern concern, IProjectMapStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(concern);
        ArgumentNullException.ThrowIfNull(store);
        using var digest = new ContentDigestBuilder(concern.Name);
        await foreach (var item in concern.ItemsAsync(store, cancellationToken).ConfigureAwait(false))
        {
            digest.Add(item.Key, item.CanonicalText);
        }

        return digest.Build();
    }

    /// <summary>Both stores' digests of a concern and the first items that differ, in one pass over both.</summary>
    public static async Task<ConcernComparison> CompareAsync(
        IStoreConcern concern, IProjectMapStore source, IProjectMapStore destination, long copied, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(concern);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        using var from = new ContentDigestBuilder(concern.Name);
        using var to = new ContentDigestBuilder(concern.Name);
        var differences = new List<string>();
        void Note(string difference)
        {
            if (differences.Count < MaxDifferences)
            {
                differences.Add(difference);
            }
        }

        var a = concern.ItemsAsync(source, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (a.ConfigureAwait(false))
        {
            var b = concern.ItemsAsync(destination, cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using (b.ConfigureAwait(false))
            {
                var hasA = await a.MoveNextAsync().ConfigureAwait(false);
                var hasB = await b.MoveNextAsync().ConfigureAwait(false);
                while (hasA || hasB)
                {
                    var order = !hasA ? 1 : !hasB ? -1 : string.CompareOrdinal(a.Current.Key, b.Current.Key);
                    if (order <= 0)
                    {
                        from.Add(a.Current.Key, a.Current.CanonicalText);
                    }

                    if (order >= 0)
                    {
                        to.Add(b.Current.Key, b.Current.CanonicalText);
                    }

                    if (order < 0)
                    {
                        Note($"{a.Current.Key} (missing)");
                    }
                    else if (order > 0)
                    {
                        Note($"{b.Current.Key} (extra)");
                    }
                    else if (!string.Equals(a.Current.CanonicalText, b.Current.CanonicalText, StringComparison.Ordinal))
                    {
                        Note($"{a.Current.Key} (differs)");
                    }

                    if (order <= 0)
                    {
                        hasA = await a.MoveNextAsync().ConfigureAwait(false);
                    }

                    if (order >= 0)
                    {
                        hasB = await b.MoveNextAsync().ConfigureAwait(false);
                    }
                }
            }
        }

        return new ConcernComparison(from.Build(), to.Build(), copied, differences);
    }
}
