using ProjectMap.Domain.Projects;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>
/// Lays a project's buildings out inside its parcel rectangle (site metres): each footprint is floor area ÷ storeys;
/// the largest building takes the full depth of a first column, the others are stacked in a second column with the
/// office nearest the front (v0, the main road); what is left at the u0 end becomes the entrance yard and parking.
/// When the buildings do not fit, every footprint is scaled down alike and <see cref="Scale"/> says by how much.
/// </summary>
public sealed class BuildingLayout
{
    private const double Gap = 12;

    private BuildingLayout(IReadOnlyList<PlacedBuilding> placed, double scale, double yardU1)
    {
        Placed = placed;
        Scale = scale;
        YardEndU = yardU1;
    }

    /// <summary>The buildings with their footprints.</summary>
    public IReadOnlyList<PlacedBuilding> Placed { get; }

    /// <summary>Linear scale applied to the footprints so they fit (1 when they fit as declared).</summary>
    public double Scale { get; }

    /// <summary>The u coordinate where the buildings begin; the yard lies between the parcel's u0 and this.</summary>
    public double YardEndU { get; }

    /// <summary>Storey height in metres for a kind of building.</summary>
    public static double StoreyHeight(BuildingKind kind) => kind switch
    {
        BuildingKind.Office => 4.2,
        BuildingKind.Workshop => 6.0,
        BuildingKind.Warehouse => 7.0,
        BuildingKind.Utility => 5.0,
        BuildingKind.Canopy => 3.2,
        _ => 4.5,
    };

    /// <summary>Lays out <paramref name="buildings"/> in the rectangle [u0, u1] × [v0, v1] after a setback in metres.</summary>
    public static BuildingLayout Place(IReadOnlyList<Building> buildings, double u0, double v0, double u1, double v1, double setbackM)
    {
        ArgumentNullException.ThrowIfNull(buildings);
        double iu0 = u0 + setbackM, iu1 = u1 - setbackM, iv0 = v0 + setbackM + 4, iv1 = v1 - setbackM;
        double width = iu1 - iu0, depth = iv1 - iv0;
        var ordered = buildings.Where(b => b.FootprintM2 > 0).OrderByDescending(b => b.FootprintM2).ToList();
        if (ordered.Count == 0 || width <= 0 || depth <= 0)
        {
            return new BuildingLayout([], 1, u0);
        }

        for (var scale = 1.0; ; scale *= 0.95)
        {
            var areaScale = scale * scale;
            var first = ordered[0];
            var firstDepth = Math.Min(depth, Math.Sqrt(first.FootprintM2 * areaScale * 1.1));
            var firstWidth = first.FootprintM2 * areaScale / firstDepth;
            var rest = ordered.Skip(1).OrderBy(b => b.Kind == BuildingKind.Office ? 0 : 1).ToList();
            var restArea = rest.Sum(b => b.FootprintM2) * areaScale;
            var restDepth = Math.Min(depth - (Gap * Math.Max(0, rest.Count - 1)), rest.Count == 1 ? Math.Sqrt(restArea * 0.55) : depth);
            var restWidth = rest.Count == 0 ? 0 : restArea / restDepth;
            var used = firstWidth + (rest.Count == 0 ? 0 : Gap + restWidth);
            if (used <= width || scale < 0.3)
            {
                var placed = new List<PlacedBuilding>();
                var bu1 = iu1;
                var bu0 = bu1 - firstWidth;
                var fv0 = iv0 + ((depth - firstDepth) / 2);
                placed.Add(Make(first, bu0, fv0, bu1, fv0 + firstDepth));
                var column1 = bu0 - Gap;
                var column0 = column1 - restWidth;
                var v = iv0;
                foreach (var b in rest)
                {
                    var d = b.FootprintM2 * areaScale / restWidth;
                    placed.Add(Make(b, column0, v, column1, v + d));
                    v += d + Gap;
                }

                return new BuildingLayout(placed, scale, rest.Count == 0 ? bu0 : column0);
            }
        }
    }

    private static PlacedBuilding Make(Building b, double u0, double v0, double u1, double v1)
    {
        var storey = StoreyHeight(b.Kind);
        var parapet = b.Kind == BuildingKind.Office ? 1.2 : 0.8;
        return new PlacedBuilding(b, u0, v0, u1, v1, storey, (Math.Max(1, b.Storeys) * storey) + parapet);
    }
}
