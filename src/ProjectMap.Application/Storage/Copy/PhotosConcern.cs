namespace ProjectMap.Application.Storage.Copy;

/// <summary>
/// Photos (with their parcel matches and every correction) and quarantined files, keyed by SHA-256. The original
/// files are not in the store: they stay in the content-addressed file folder, which both stores share or which is
/// copied as a folder (its paths are relative and named by hash).
/// </summary>
public sealed class PhotosConcern : IStoreConcern
{
    /// <inheritdoc />
    public string Name => "photos";

    /// <inheritdoc />
    public async Task<long> CountAsync(IProjectMapStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.Photos.CountAsync(cancellationToken).ConfigureAwait(false) +
               (await store.Photos.ListQuarantineAsync(cancellationToken).ConfigureAwait(false)).Count;
    }

    /// <inheritdoc />
    public async Task<ConcernDigest> DigestAsync(IProjectMapStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var digest = new ContentDigestBuilder(Name);
        var photos = await store.Photos.ListAsync(new PhotoQuery(), cancellationToken).ConfigureAwait(false);
        foreach (var p in photos.OrderBy(p => p.Sha256, StringComparer.Ordinal))
        {
            var matches = await store.Photos.MatchesAsync(p.Sha256, cancellationToken).ConfigureAwait(false);
            var corrections = await store.Photos.CorrectionsAsync(p.Sha256, cancellationToken).ConfigureAwait(false);
            digest.Add("photo:" + p.Sha256, CanonicalPhoto.ToJson(p, matches, corrections));
        }

        foreach (var q in (await store.Photos.ListQuarantineAsync(cancellationToken).ConfigureAwait(false)).OrderBy(q => q.Sha256, StringComparer.Ordinal))
        {
            digest.Add("quarantine:" + q.Sha256, CanonicalPhoto.ToJson(q));
        }

        return digest.Build();
    }

    /// <inheritdoc />
    public async Task<long> CopyAsync(IProjectMapStore source, IProjectMapStore destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        long copied = 0;
        foreach (var p in await source.Photos.ListAsync(new PhotoQuery(), cancellationToken).ConfigureAwait(false))
        {
            var matches = await source.Photos.MatchesAsync(p.Sha256, cancellationToken).ConfigureAwait(false);
            await destination.Photos.AddAsync(p, matches, cancellationToken).ConfigureAwait(false);
            foreach (var c in await source.Photos.CorrectionsAsync(p.Sha256, cancellationToken).ConfigureAwait(false))
            {
                await destination.Photos.AddCorrectionAsync(c, cancellationToken).ConfigureAwait(false);
            }

            copied++;
        }

        foreach (var q in (await source.Photos.ListQuarantineAsync(cancellationToken).ConfigureAwait(false)).Reverse())
        {
            await destination.Photos.QuarantineAsync(q, cancellationToken).ConfigureAwait(false);
            copied++;
        }

        return copied;
    }
}
