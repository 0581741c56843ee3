namespace ProjectMap.Application.Storage.Copy;

/// <summary>
/// One kind of content a store holds (projects, and later the ledger and photos), as <c>db copy</c> and
/// <c>db checksum</c> see it: countable, digestible in a store-neutral canonical form, and copyable between any two
/// stores through the repository interfaces. A new repository on <see cref="IProjectMapStore"/> adds an
/// implementation to <see cref="StoreConcerns.All"/>.
/// </summary>
public interface IStoreConcern
{
    /// <summary>The concern's name as printed, for example "projects".</summary>
    string Name { get; }

    /// <summary>How many items of this concern a store holds.</summary>
    Task<long> CountAsync(IProjectMapStore store, CancellationToken cancellationToken);

    /// <summary>The count and content checksum of this concern in a store.</summary>
    Task<ConcernDigest> DigestAsync(IProjectMapStore store, CancellationToken cancellationToken);

    /// <summary>Copies every item from <paramref name="source"/> into <paramref name="destination"/> (which holds none) and returns how many were copied.</summary>
    Task<long> CopyAsync(IProjectMapStore source, IProjectMapStore destination, CancellationToken cancellationToken);
}
