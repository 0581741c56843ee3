using NetTopologySuite.Geometries;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Application.Storage;

/// <summary>Projects and their parcels in a store. Parcels are CGCS2000 lon/lat degrees, X = longitude, Y = latitude.</summary>
public interface IProjectRepository
{
    /// <summary>Every project, ordered by code (ordinal).</summary>
    Task<IReadOnlyList<Project>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the projects in code order (ordinal): those whose code comes after <paramref name="after"/> (from
    /// the first when null), at most <paramref name="limit"/>. Reading page after page visits every project once in
    /// bounded memory.
    /// </summary>
    Task<IReadOnlyList<Project>> ListPageAsync(ProjectCode? after, int limit, CancellationToken cancellationToken = default);

    /// <summary>The project with a code, or null when there is none.</summary>
    Task<Project?> FindAsync(ProjectCode code, CancellationToken cancellationToken = default);

    /// <summary>The projects whose parcel envelope intersects a lon/lat envelope in degrees, ordered by code.</summary>
    Task<IReadOnlyList<Project>> FindInEnvelopeAsync(Envelope lonLat, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds projects in one transaction: all are stored or none. Throws <see cref="DuplicateProjectException"/>
    /// when a code is already stored or repeated in the batch.
    /// </summary>
    Task AddAsync(IReadOnlyList<Project> projects, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored project with the same code; throws <see cref="ProjectNotFoundException"/> when none is stored.</summary>
    Task UpdateAsync(Project project, CancellationToken cancellationToken = default);
}
