namespace ProjectMap.Application.Storage.Copy;

/// <summary>
/// One kind of content a store holds (projects, the ledger, photos …), as <c>db copy</c> and <c>db checksum</c> see
/// it: countable, readable as a stream of items in a store-neutral canonical form, and copyable between any two stores
/// through the repository interfaces. Items and copies go page by page, so memory does not grow with the store. A new
/// repository on <see cref="IProjectMapStore"/> adds an implementation to <see cref="StoreConcerns.All"/>.
/// </summary>
public interface IStoreConcern
{
    /// <summary>The concern's name as printed, for example "projects".</summary>
    string Name { get; }

    /// <summary>How many items of this concern a store holds (0 for a new store).</summary>
    Task<long> CountAsync(IProjectMapStore store, CancellationToken cancellationToken);

    /// <summary>
    /// Every item of this concern in a store, in canonical order: ordinal by key. The concern's checksum is the SHA-256
    /// over each item's UTF-8 canonical text followed by a newline, in this order (see <see cref="ContentDigest"/>).
    /// </summary>
    IAsyncEnumerable<ConcernItem> ItemsAsync(IProjectMapStore store, CancellationToken cancellationToken);

    /// <summary>Copies every item from <paramref name="source"/> into <paramref name="destination"/> (which holds none) and returns how many were copied.</summary>
    Task<long> CopyAsync(IProjectMapStore source, IProjectMapStore destination, CancellationToken cancellationToken);
}
