using System.Runtime.CompilerServices;

namespace ProjectMap.Application.Storage.Copy;

/// <summary>
/// Photos (with their parcel matches and every correction), keyed "photo:&lt;sha256&gt;", then quarantined files, keyed
/// "quarantine:&lt;sha256&gt;"; canonical form <see cref="CanonicalPhoto"/>. Photos are read and copied in pages of
/// <see cref="PageSize"/> in SHA-256 order (a destination transaction per page, through the bulk
/// <see cref="IPhotoRepository.ImportAsync"/>), so a million footprints copy in bounded memory; the quarantine (rejected
/// files, a short list) is read whole. The original files are not in the store: they stay in the content-addressed
/// file folder, which both stores share or which is copied as a folder (its paths are relative and named by hash).
/// </summary>
/// <param name="pageSize">Photos per page, at least 1.</param>
public sealed class PhotosConcern(int pageSize = PhotosConcern.DefaultPageSize) : IStoreConcern
{
    /// <summary>The page size <see cref="StoreConcerns.All"/> uses.</summary>
    public const int DefaultPageSize = 2_000;

    /// <summary>Photos per page.</summary>
    public int PageSize { get; } = pageSize >= 1 ? pageSize : throw new ArgumentOutOfRangeException(nameof(pageSize), "a page holds at least one photo");

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
    public async IAsyncEnumerable<ConcernItem> ItemsAsync(IProjectMapStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        await foreach (var page in PagesAsync(store, cancellationToken).ConfigureAwait(false))
        {
            foreach (var r in page)
            {
                yield return new ConcernItem("photo:" + r.Photo.Sha256, CanonicalPhoto.ToJson(r.Photo, r.Matches, r.Corrections));
            }
        }

        foreach (var q in (await store.Photos.ListQuarantineAsync(cancellationToken).ConfigureAwait(false)).OrderBy(q => q.Sha256, StringComparer.Ordinal))
        {
            yield return new ConcernItem("quarantine:" + q.Sha256, CanonicalPhoto.ToJson(q));
        }
    }

    /// <inheritdoc />
    public async Task<long> CopyAsync(IProjectMapStore source, IProjectMapStore destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        long copied = 0;
        await foreach (var page in PagesAsync(source, cancellationToken).ConfigureAwait(false))
        {
            copied += await destination.Photos.ImportAsync(page, cancellationToken).ConfigureAwait(false);
        }

        // Oldest first, so the destination lists the quarantine newest first as the source does.
        foreach (var q in (await source.Photos.ListQuarantineAsync(cancellationToken).ConfigureAwait(false)).Reverse())
        {
            await destination.Photos.QuarantineAsync(q, cancellationToken).ConfigureAwait(false);
            copied++;
        }

        return copied;
    }

    private async IAsyncEnumerable<IReadOnlyList<PhotoRecord>> PagesAsync(IProjectMapStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var page = await store.Photos.ListPageAsync(after, PageSize, cancellationToken).ConfigureAwait(false);
            if (page.Count > 0)
            {
                yield return page;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Photo.Sha256;
        }
    }
}
