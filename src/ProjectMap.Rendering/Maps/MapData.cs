using NetTopologySuite.Geometries;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Geodesy.Measures;
using ProjectMap.Geodesy.Projections;
using ProjectMap.Rendering.Maps.Imagery;

namespace ProjectMap.Rendering.Maps;

/// <summary>
/// Everything a map draws, loaded once (from a store by <see cref="MapDataLoader"/>, or built in memory with
/// <c>FromProjects</c>): the projects with their month's status on the Gauss-Kruger grid of the district, the
/// drone imagery and an optional basemap. Disposing it releases the imagery (open tile files).
/// </summary>
public sealed class MapData : IDisposable
{
    /// <summary>Creates the data; <paramref name="zone"/> is null only when no project has a parcel.</summary>
    public MapData(GaussKrugerZone? zone, IReadOnlyList<MapProject> projects, IReadOnlyList<IMapImagery> imagery, IMapImagery? basemap, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(imagery);
        Zone = zone;
        Projects = projects;
        Imagery = imagery;
        Basemap = basemap;
        AsOf = asOf;
    }

    /// <summary>The Gauss-Kruger zone the map is drawn in (that of the parcels' centre), or null when there is nothing to place.</summary>
    public GaussKrugerZone? Zone { get; }

    /// <summary>The projects, in number order.</summary>
    public IReadOnlyList<MapProject> Projects { get; }

    /// <summary>Drone imagery layers, drawn in order (later on top).</summary>
    public IReadOnlyList<IMapImagery> Imagery { get; }

    /// <summary>The basemap, or null for a plain background.</summary>
    public IMapImagery? Basemap { get; }

    /// <summary>The instant the figures are as of.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>True when every drone photo drawn is ProjectMap's synthetic sample imagery (the credit line says so).</summary>
    public bool ImageryIsSynthetic { get; init; }

    /// <summary>Builds the map's projects from projects and their statuses (matched by code; numbered in code order) with no imagery.</summary>
    public static MapData FromProjects(IEnumerable<Project> projects, IEnumerable<ProjectStatus> statuses, DateTimeOffset asOf)
        => FromProjects(projects, statuses, asOf, _ => null, [], null, imageryIsSynthetic: false);

    /// <summary>
    /// Builds the map's projects from projects and their statuses (matched by code; numbered in code order), with the
    /// latest photo day of each from <paramref name="latestPhoto"/>, and the given imagery and basemap;
    /// <paramref name="imageryIsSynthetic"/> says every photo is ProjectMap's synthetic sample imagery.
    /// </summary>
    public static MapData FromProjects(
        IEnumerable<Project> projects,
        IEnumerable<ProjectStatus> statuses,
        DateTimeOffset asOf,
        Func<ProjectCode, DateOnly?> latestPhoto,
        IReadOnlyList<IMapImagery> imagery,
        IMapImagery? basemap,
        bool imageryIsSynthetic)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(statuses);
        ArgumentNullException.ThrowIfNull(latestPhoto);
        var byCode = statuses.ToDictionary(s => s.Code);
        var list = projects.OrderBy(p => p.Code.Value, StringComparer.Ordinal).ToList();
        var missing = list.FirstOrDefault(p => !byCode.ContainsKey(p.Code));
        if (missing is not null)
        {
            throw new ArgumentException($"no status for project {missing.Code}", nameof(statuses));
        }

        var placed = list.Where(p => !p.Parcel.IsEmpty).ToList();
        GaussKrugerZone? zone = null;
        if (placed.Count > 0)
        {
            var env = new Envelope();
            foreach (var p in placed)
            {
                env.ExpandToInclude(p.Parcel.EnvelopeInternal);
            }

            zone = GaussKrugerZone.ForLongitude(env.Centre.X);
        }

        var mapProjects = list.Select((p, i) => new MapProject
        {
            Number = i + 1,
            Project = p,
            Status = byCode[p.Code],
            ParcelGrid = zone is null || p.Parcel.IsEmpty ? p.Parcel.Factory.CreateGeometryCollection() : zone.ToGrid(p.Parcel),
            AreaMu = p.DeclaredLandAreaMu is > 0 ? p.DeclaredLandAreaMu.Value : ParcelArea.Mu(p.Parcel),
            LatestPhotoDate = latestPhoto(p.Code),
        }).ToList();
        return new MapData(zone, mapProjects, imagery, basemap, asOf) { ImageryIsSynthetic = imageryIsSynthetic };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var layer in Imagery)
        {
            layer.Dispose();
        }

        Basemap?.Dispose();
    }
}
