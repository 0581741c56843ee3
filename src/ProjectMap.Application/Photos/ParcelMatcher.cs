using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Application.Photos;

/// <summary>
/// Matches photo footprints to project parcels with an STRtree over the parcels (lon/lat degrees). Shares are area
/// ratios, which over a photo-sized area are the same in degrees and in metres to better than 1e-5.
/// </summary>
public sealed class ParcelMatcher
{
    private readonly STRtree<Project> _tree = new();

    /// <summary>Indexes the projects' parcels.</summary>
    public ParcelMatcher(IEnumerable<Project> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        foreach (var p in projects.Where(p => !p.Parcel.IsEmpty))
        {
            _tree.Insert(p.Parcel.EnvelopeInternal, p);
        }

        _tree.Build();
    }

    /// <summary>The parcels a footprint intersects, with the share of each parcel covered and the share of the photo on it, ordered by project code.</summary>
    public IReadOnlyList<PhotoParcelMatch> Match(string sha256, Polygon footprint)
    {
        ArgumentNullException.ThrowIfNull(footprint);
        var list = new List<PhotoParcelMatch>();
        var footprintArea = footprint.Area;
        if (footprintArea <= 0)
        {
            return list;
        }

        foreach (var project in _tree.Query(footprint.EnvelopeInternal))
        {
            var parcel = project.Parcel;
            if (!parcel.Intersects(footprint))
            {
                continue;
            }

            var overlap = parcel.Intersection(footprint).Area;
            if (overlap <= 0)
            {
                continue;
            }

            list.Add(new PhotoParcelMatch(sha256, project.Code.Value, Math.Min(1, overlap / parcel.Area), Math.Min(1, overlap / footprintArea)));
        }

        return list.OrderBy(m => m.ProjectCode, StringComparer.Ordinal).ToList();
    }
}
