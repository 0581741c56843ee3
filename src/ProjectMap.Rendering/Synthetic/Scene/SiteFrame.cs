using NetTopologySuite.Geometries;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>
/// A planar frame aligned with a site: u along the parcel's long side, v across it (counter-clockwise from u), in
/// metres, with its origin at a grid point. Roads, blocks and buildings around a parcel are laid out in it.
/// </summary>
/// <param name="OriginE">Origin easting in grid metres.</param>
/// <param name="OriginN">Origin northing in grid metres.</param>
/// <param name="AngleRad">Direction of the u axis in radians, counter-clockwise from grid east.</param>
public sealed record SiteFrame(double OriginE, double OriginN, double AngleRad)
{
    /// <summary>A site point (u, v) in metres as a grid coordinate (easting, northing).</summary>
    public Coordinate ToGrid(double u, double v)
    {
        var (s, c) = Math.SinCos(AngleRad);
        return new Coordinate(OriginE + (u * c) - (v * s), OriginN + (u * s) + (v * c));
    }

    /// <summary>A grid point as site (u, v) metres.</summary>
    public (double U, double V) ToSite(double easting, double northing)
    {
        var (s, c) = Math.SinCos(AngleRad);
        double de = easting - OriginE, dn = northing - OriginN;
        return ((de * c) + (dn * s), (-de * s) + (dn * c));
    }

    /// <summary>The grid ring of the site rectangle [u0, u1] × [v0, v1], counter-clockwise.</summary>
    public Coordinate[] Rect(double u0, double v0, double u1, double v1) =>
        [ToGrid(u0, v0), ToGrid(u1, v0), ToGrid(u1, v1), ToGrid(u0, v1)];

    /// <summary>The grid ring of a rectangle centred at (u, v) with half sizes, rotated by <paramref name="turnRad"/> within the frame.</summary>
    public Coordinate[] RotatedRect(double u, double v, double halfU, double halfV, double turnRad)
    {
        var (s, c) = Math.SinCos(turnRad);
        Coordinate P(double a, double b) => ToGrid(u + (a * c) - (b * s), v + (a * s) + (b * c));
        return [P(-halfU, -halfV), P(halfU, -halfV), P(halfU, halfV), P(-halfU, halfV)];
    }
}
