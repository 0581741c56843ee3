using System.Runtime.CompilerServices;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Application.Storage.Copy;

/// <summary>
/// Projects and their parcels: keyed by code, canonical order ordinal by code, canonical form <see cref="CanonicalProject"/>.
/// Read and copied in pages of <see cref="PageSize"/> projects, one destination transaction per page.
/// </summary>
/// <param name="pageSize">Projects per page, at least 1.</param>
public sealed class ProjectsConcern(int pageSize = ProjectsConcern.DefaultPageSize) : IStoreConcern
{
    /// <summary>The page size <see cref="StoreConcerns.All"/> uses.</summary>
    public const int DefaultPageSize = 500;

    /// <summary>Projects per page.</summary>
    public int PageSize { get; } = pageSize >= 1 ? pageSize : throw new ArgumentOutOfRangeException(nameof(pageSize), "a page holds at least one project");

    /// <inheritdoc />
    public string Name => "projects";

    /// <inheritdoc />
    public async Task<long> CountAsync(IProjectMapStore store, CancellationToken cancellationToken)
    {
        long count = 0;
        await foreach (var page in PagesAsync(store, PageSize, cancellationToken).ConfigureAwait(false))
        {
            count += page.Count;
        }

        return count;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ConcernItem> ItemsAsync(IProjectMapStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in PagesAsync(store, PageSize, cancellationToken).ConfigureAwait(false))
        {
            foreach (var p in page)
            {
                yield return new ConcernItem(p.Code.Value, CanonicalProject.ToJson(p));
            }
        }
    }

    /// <inheritdoc />
    public async Task<long> CopyAsync(IProjectMapStore source, IProjectMapStore destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        long copied = 0;
        await foreach (var page in PagesAsync(source, PageSize, cancellationToken).ConfigureAwait(false))
        {
            await destination.Projects.AddAsync(page, cancellationToken).ConfigureAwait(false);
            copied += page.Count;
        }

        return copied;
    }

    /// <summary>Every project of a store, page by page in code order.</summary>
    public static async IAsyncEnumerable<IReadOnlyList<Project>> PagesAsync(IProjectMapStore store, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ProjectCode? after = null;
        while (true)
        {
            var page = await store.Projects.ListPageAsync(after, pageSize, cancellationToken).ConfigureAwait(false);
            if (page.Count > 0)
            {
                yield return page;
            }

            if (page.Count < pageSize)
            {
                yield break;
            }

            after = page[^1].Code;
        }
    }
}
