namespace ProjectMap.Application.Storage.Copy;

/// <summary>Projects and their parcels: keyed by code, canonical order ordinal by code, canonical form <see cref="CanonicalProject"/>.</summary>
public sealed class ProjectsConcern : IStoreConcern
{
    /// <inheritdoc />
    public string Name => "projects";

    /// <inheritdoc />
    public async Task<long> CountAsync(IProjectMapStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return (await store.Projects.ListAsync(cancellationToken).ConfigureAwait(false)).Count;
    }

    /// <inheritdoc />
    public async Task<ConcernDigest> DigestAsync(IProjectMapStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var projects = await store.Projects.ListAsync(cancellationToken).ConfigureAwait(false);
        using var digest = new ContentDigestBuilder(Name);
        foreach (var p in projects.OrderBy(p => p.Code.Value, StringComparer.Ordinal))
        {
            digest.Add(p.Code.Value, CanonicalProject.ToJson(p));
        }

        return digest.Build();
    }

    /// <inheritdoc />
    public async Task<long> CopyAsync(IProjectMapStore source, IProjectMapStore destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        var projects = await source.Projects.ListAsync(cancellationToken).ConfigureAwait(false);
        await destination.Projects.AddAsync(projects, cancellationToken).ConfigureAwait(false);
        return projects.Count;
    }
}
