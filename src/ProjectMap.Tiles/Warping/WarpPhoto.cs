using NetTopologySuite.Geometries;
using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Imagery.Mathematics;

namespace ProjectMap.Tiles.Warping;

/// <summary>
/// One photo ready to be warped into tiles: its pixel ↔ local-ground homography (from its pose, or from an officer's
/// stored correction) in a <see cref="LocalGroundFrame"/> whose origin is on the ground under the camera, the camera's
/// height above that ground, and where its pixels come from. Pixel coordinates: (0, 0) is the top-left corner of the
/// stored image, columns right, rows down. The visible ground (<see cref="FootprintLocal"/>) is the image rectangle on
/// the ground plane, cut at the horizon and at <see cref="MaxGroundDistanceM"/> from the nadir point.
/// </summary>
public sealed class WarpPhoto
{
    private static readonly GeometryFactory LocalFactory = new(new PrecisionModel(), 0);
    private static readonly GeometryFactory LonLatFactory = new(new PrecisionModel(), 4490);

    /// <summary>Creates the photo from its local-ground → pixel homography; throws <see cref="ArgumentException"/> when no part of the image shows the ground.</summary>
    /// <param name="id">Identity for manifests and messages (the SHA-256, or a file stem).</param>
    /// <param name="localToPixel">Local ground (east, north) metres → pixel (column, row), w &gt; 0 in front of the camera.</param>
    /// <param name="frame">The local frame (origin under the camera).</param>
    /// <param name="widthPx">Stored image width in pixels.</param>
    /// <param name="heightPx">Stored image height in pixels.</param>
    /// <param name="heightAboveGroundM">Camera height above the ground plane in metres.</param>
    /// <param name="source">"pose" or "correction (model)".</param>
    /// <param name="pixels">Decodes the image at 1/scale of its size (scale 1, 2, 4 or 8).</param>
    /// <param name="maxGroundDistanceM">Ground beyond this horizontal distance from the nadir point is left out, in metres.</param>
    public WarpPhoto(
        string id, Homography localToPixel, LocalGroundFrame frame, int widthPx, int heightPx, double heightAboveGroundM, string source,
        Func<int, MipPyramid> pixels, double maxGroundDistanceM = PhotoGeoreference.DefaultMaxGroundDistanceM)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(widthPx);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(heightPx);
        if (!(heightAboveGroundM > 0) || !(maxGroundDistanceM > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(heightAboveGroundM), "camera height and ground distance limit must be positive metres");
        }

        Id = id;
        LocalToPixel = localToPixel;
        PixelToLocal = localToPixel.Inverse();
        Frame = frame;
        WidthPx = widthPx;
        HeightPx = heightPx;
        HeightAboveGroundM = heightAboveGroundM;
        Source = source;
        Pixels = pixels;
        MaxGroundDistanceM = maxGroundDistanceM;
        FootprintLocal = VisibleGround();
        FootprintLonLat = LonLatFactory.CreatePolygon(Densify(FootprintLocal.Shell.Coordinates).Select(c =>
        {
            var g = frame.ToGeodetic(c.X, c.Y);
            return new Coordinate(g.LongitudeDeg, g.LatitudeDeg);
        }).ToArray());
    }

    /// <summary>A photo from its georeference (pose): the exact flat-ground homography.</summary>
    public static WarpPhoto FromGeoreference(string id, PhotoGeoreference georeference, Func<int, MipPyramid> pixels)
    {
        ArgumentNullException.ThrowIfNull(georeference);
        return new WarpPhoto(
            id, georeference.LocalToPixel, georeference.Frame, georeference.Camera.WidthPx, georeference.Camera.HeightPx,
            georeference.HeightAboveGroundM, "pose", pixels, georeference.MaxGroundDistanceM);
    }

    /// <summary>Identity (SHA-256 or file stem).</summary>
    public string Id { get; }

    /// <summary>Local ground (east, north) metres → pixel (column, row).</summary>
    public Homography LocalToPixel { get; }

    /// <summary>Pixel (column, row) → local ground (east, north) metres.</summary>
    public Homography PixelToLocal { get; }

    /// <summary>The local east-north-up frame, origin on the ground under the camera.</summary>
    public LocalGroundFrame Frame { get; }

    /// <summary>Stored image width in pixels.</summary>
    public int WidthPx { get; }

    /// <summary>Stored image height in pixels.</summary>
    public int HeightPx { get; }

    /// <summary>Camera height above the ground plane in metres.</summary>
    public double HeightAboveGroundM { get; }

    /// <summary>"pose" or "correction (model)".</summary>
    public string Source { get; }

    /// <summary>A display name (the file name it was ingested from); defaults to <see cref="Id"/>.</summary>
    public string Name { get => field ?? Id; init; }

    /// <summary>Decodes the pixels at 1/scale (1, 2, 4 or 8).</summary>
    public Func<int, MipPyramid> Pixels { get; }

    /// <summary>Horizontal distance from the nadir point beyond which ground is left out, in metres.</summary>
    public double MaxGroundDistanceM { get; }

    /// <summary>The ground the photo shows, local (east, north) metres.</summary>
    public Polygon FootprintLocal { get; }

    /// <summary>The ground the photo shows, lon/lat degrees (X = longitude), SRID 4490.</summary>
    public Polygon FootprintLonLat { get; }

    /// <summary>A fingerprint of everything that decides the photo's tiles (mapping, size, height, limits), for manifests.</summary>
    public string Fingerprint
    {
        get
        {
            var m = LocalToPixel.Matrix.NormalizedByMaxAbs();
            var o = Frame.Origin;
            var text = string.Join(',', new[] { m.M11, m.M12, m.M13, m.M21, m.M22, m.M23, m.M31, m.M32, m.M33, o.LatitudeDeg, o.LongitudeDeg, WidthPx, HeightPx, HeightAboveGroundM, MaxGroundDistanceM }
                .Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..32];
        }
    }

    /// <summary>
    /// The image rectangle on the ground: the rectangle is cut (in pixel space) where the ground recedes to the horizon
    /// (w of pixel → ground at 10⁻⁴ of its largest value), its corners mapped (a homography keeps lines straight), and the
    /// result cut to the disc of <see cref="MaxGroundDistanceM"/> around the nadir point.
    /// </summary>
    private Polygon VisibleGround()
    {
        var m = PixelToLocal.Matrix;
        double W(double u, double v) => (m.M31 * u) + (m.M32 * v) + m.M33;
        var corners = new List<(double U, double V)> { (0, 0), (WidthPx, 0), (WidthPx, HeightPx), (0, HeightPx) };
        var wMax = corners.Max(c => W(c.U, c.V));
        if (!(wMax > 0))
        {
            throw new ArgumentException($"photo {Id}: no part of the image shows the ground (the whole frame is above the horizon)");
        }

        var wMin = wMax * 1e-4;
        var clipped = new List<Coordinate>();
        for (var i = 0; i < corners.Count; i++)
        {
            var a = corners[i];
            var b = corners[(i + 1) % corners.Count];
            double wa = W(a.U, a.V), wb = W(b.U, b.V);
            if (wa >= wMin)
            {
                clipped.Add(ToLocal(a.U, a.V));
            }

            if ((wa >= wMin) != (wb >= wMin))
            {
                var t = (wMin - wa) / (wb - wa);
                clipped.Add(ToLocal(a.U + (t * (b.U - a.U)), a.V + (t * (b.V - a.V))));
            }
        }

        clipped.Add(clipped[0].Copy());
        var ground = LocalFactory.CreatePolygon(clipped.ToArray());
        if (!ground.IsValid)
        {
            ground = (Polygon)ground.Buffer(0);
        }

        var disc = LocalFactory.CreatePoint(new Coordinate(0, 0)).Buffer(MaxGroundDistanceM, 64);
        var visible = ground.Intersection(disc);
        var polygon = visible as Polygon ?? (visible as MultiPolygon)?.Geometries.OfType<Polygon>().MaxBy(p => p.Area)
            ?? throw new ArgumentException($"photo {Id}: its ground footprint lies beyond {MaxGroundDistanceM} m of the nadir point");
        if (polygon.IsEmpty)
        {
            throw new ArgumentException($"photo {Id}: its ground footprint lies beyond {MaxGroundDistanceM} m of the nadir point");
        }

        return polygon.Shell.IsCCW ? polygon : (Polygon)polygon.Reverse();

        Coordinate ToLocal(double u, double v)
        {
            var (e, n) = PixelToLocal.Apply(u, v);
            return new Coordinate(e, n);
        }
    }

    private static IEnumerable<Coordinate> Densify(Coordinate[] ring)
    {
        // Straight edges in the local frame are very nearly straight in lon/lat; 4 points per edge keep the tile cover safe.
        for (var i = 0; i < ring.Length - 1; i++)
        {
            for (var k = 0; k < 4; k++)
            {
                var t = k / 4.0;
                yield return new Coordinate(ring[i].X + (t * (ring[i + 1].X - ring[i].X)), ring[i].Y + (t * (ring[i + 1].Y - ring[i].Y)));
            }
        }

        yield return ring[^1].Copy();
    }

    /// <summary>The ground point of a pixel as latitude/longitude, or null when its ray misses the ground.</summary>
    public GeodeticPoint? Ground(double column, double row) =>
        PixelToLocal.TryApply(column, row, out var e, out var n) ? Frame.ToGeodetic(e, n) : null;
}
