using NetTopologySuite.Geometries;
using ProjectMap.Geodesy.Points;
using ProjectMap.Geodesy.Projections;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Imagery.Mathematics;
using ProjectMap.Rendering.Layout;
using SkiaSharp;

namespace ProjectMap.Rendering.Maps;

/// <summary>
/// The map frame on a canvas and what it shows: a CGCS2000 3-degree Gauss-Kruger grid (the zone of the district, so
/// the print is conformal and near true scale) drawn with grid north up, at a scale of 1 : <see cref="ScaleDenominator"/>
/// in grid metres. Canvas coordinates are the caller's units (<see cref="UnitsPerMm"/> per millimetre of paper), x right,
/// y down. Ground distances in true metres differ from grid metres by the point scale factor <see cref="PointScaleAtCentre"/>
/// (1 on the central meridian, 1.000003 15 km from it); the scale bar uses it. All arithmetic is in doubles: grid
/// coordinates (millions of metres) never pass through single-precision matrices.
/// </summary>
public sealed class MapViewport
{
    /// <summary>Creates a viewport with the grid point (<paramref name="centreEastingM"/>, <paramref name="centreNorthingM"/>) at the frame's centre.</summary>
    public MapViewport(GaussKrugerZone zone, double centreEastingM, double centreNorthingM, double scaleDenominator, SKRect frame, float unitsPerMm)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!double.IsFinite(scaleDenominator) || scaleDenominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scaleDenominator), scaleDenominator, "the scale denominator must be positive");
        }

        if (frame.Width <= 0 || frame.Height <= 0 || unitsPerMm <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(frame), "the map frame must have a positive size");
        }

        Zone = zone;
        CentreEastingM = centreEastingM;
        CentreNorthingM = centreNorthingM;
        ScaleDenominator = scaleDenominator;
        Frame = frame;
        UnitsPerMm = unitsPerMm;
        var (lon, lat) = zone.InverseXY(centreEastingM, centreNorthingM);
        Centre = new GeodeticPoint(lat, lon);
        var frameAtCentre = new LocalGroundFrame(Centre);
        PointScaleAtCentre = frameAtCentre.ScaleFactor;
        TrueNorthGridAzimuthDeg = frameAtCentre.TrueNorthGridAzimuthRad * 180 / Math.PI;
    }

    /// <summary>The Gauss-Kruger zone the map is drawn in.</summary>
    public GaussKrugerZone Zone { get; }

    /// <summary>Grid easting at the frame's centre, metres.</summary>
    public double CentreEastingM { get; }

    /// <summary>Grid northing at the frame's centre, metres.</summary>
    public double CentreNorthingM { get; }

    /// <summary>The frame's centre as a geodetic point (CGCS2000 degrees).</summary>
    public GeodeticPoint Centre { get; }

    /// <summary>The scale denominator in grid metres: 1 mm on paper is <c>ScaleDenominator / 1000</c> grid metres.</summary>
    public double ScaleDenominator { get; }

    /// <summary>The map frame on the canvas (canvas units).</summary>
    public SKRect Frame { get; }

    /// <summary>Canvas units per millimetre of paper.</summary>
    public float UnitsPerMm { get; }

    /// <summary>Transverse Mercator point scale factor at the frame's centre (grid metres per true ground metre).</summary>
    public double PointScaleAtCentre { get; }

    /// <summary>
    /// Grid azimuth of true north at the frame's centre, degrees clockwise from grid north (the meridian convergence;
    /// negative west of the central meridian): the north arrow points this way.
    /// </summary>
    public double TrueNorthGridAzimuthDeg { get; }

    /// <summary>Canvas units per grid metre.</summary>
    public double UnitsPerGridMetre => 1000.0 * UnitsPerMm / ScaleDenominator;

    /// <summary>Canvas units per true ground metre at the frame's centre (what the scale bar is drawn with).</summary>
    public double UnitsPerGroundMetre => UnitsPerGridMetre * PointScaleAtCentre;

    /// <summary>The frame's extent in grid metres (X = easting, Y = northing).</summary>
    public Envelope GridExtent
    {
        get
        {
            var halfW = Frame.Width / 2 / UnitsPerGridMetre;
            var halfH = Frame.Height / 2 / UnitsPerGridMetre;
            return new Envelope(CentreEastingM - halfW, CentreEastingM + halfW, CentreNorthingM - halfH, CentreNorthingM + halfH);
        }
    }

    /// <summary>
    /// The viewport that shows <paramref name="gridExtent"/> (grid metres) whole in <paramref name="frame"/>, centred, at
    /// the smallest round scale (<see cref="NiceScale.ScaleAtLeast"/>) when <paramref name="roundScale"/>, else exactly fitting.
    /// </summary>
    public static MapViewport Fit(GaussKrugerZone zone, Envelope gridExtent, SKRect frame, float unitsPerMm, bool roundScale)
    {
        ArgumentNullException.ThrowIfNull(gridExtent);
        var widthM = Math.Max(gridExtent.Width, 1);
        var heightM = Math.Max(gridExtent.Height, 1);
        var denominator = Math.Max(widthM / (frame.Width / unitsPerMm / 1000.0), heightM / (frame.Height / unitsPerMm / 1000.0));
        if (roundScale)
        {
            denominator = NiceScale.ScaleAtLeast(denominator);
        }

        return new MapViewport(zone, gridExtent.Centre.X, gridExtent.Centre.Y, denominator, frame, unitsPerMm);
    }

    /// <summary>Canvas position (double precision) of a grid point (easting, northing) in metres.</summary>
    public (double X, double Y) GridToCanvasD(double eastingM, double northingM) =>
        (Frame.MidX + ((eastingM - CentreEastingM) * UnitsPerGridMetre), Frame.MidY - ((northingM - CentreNorthingM) * UnitsPerGridMetre));

    /// <summary>Canvas position of a grid point (easting, northing) in metres.</summary>
    public SKPoint GridToCanvas(double eastingM, double northingM)
    {
        var (x, y) = GridToCanvasD(eastingM, northingM);
        return new SKPoint((float)x, (float)y);
    }

    /// <summary>Grid point (easting, northing) in metres of a canvas position.</summary>
    public (double EastingM, double NorthingM) CanvasToGrid(double x, double y) =>
        (CentreEastingM + ((x - Frame.MidX) / UnitsPerGridMetre), CentreNorthingM - ((y - Frame.MidY) / UnitsPerGridMetre));

    /// <summary>Canvas position of a CGCS2000 longitude and latitude in degrees.</summary>
    public SKPoint LonLatToCanvas(double longitudeDeg, double latitudeDeg)
    {
        var (e, n) = Zone.ForwardXY(longitudeDeg, latitudeDeg);
        return GridToCanvas(e, n);
    }

    /// <summary>Grid (easting, northing) metres → canvas as a homography (an affine one), for composing with photo mappings.</summary>
    public Homography GridToCanvasHomography => new(new Matrix3(
        UnitsPerGridMetre, 0, Frame.MidX - (CentreEastingM * UnitsPerGridMetre),
        0, -UnitsPerGridMetre, Frame.MidY + (CentreNorthingM * UnitsPerGridMetre),
        0, 0, 1));
}
