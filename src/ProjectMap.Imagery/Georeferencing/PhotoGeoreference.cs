using NetTopologySuite.Geometries;
using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Cameras;
using ProjectMap.Imagery.Mathematics;

namespace ProjectMap.Imagery.Georeferencing;

/// <summary>
/// Where a photo's pixels lie on the ground, for a pinhole camera at a known position, height and attitude over a flat
/// ground plane. The ground plane is level at <see cref="HeightAboveGroundM"/> below the camera (for DJI photos:
/// RelativeAltitude, the height above the take-off point, minus the ground's height relative to take-off). On that
/// plane pixel ↔ ground is an exact homography, available in local metres and on the Gauss-Kruger grid.
/// </summary>
public sealed class PhotoGeoreference
{
    /// <summary>The default horizontal distance at which rays near or above the horizon are clamped, in metres.</summary>
    public const double DefaultMaxGroundDistanceM = 1000;

    private static readonly GeometryFactory LonLatFactory = new(new PrecisionModel(), 4490);
    private static readonly GeometryFactory LocalFactory = new(new PrecisionModel(), 0);

    /// <summary>
    /// Georeferences a photo. <paramref name="position"/> is the camera's latitude/longitude; <paramref name="heightAboveGroundM"/>
    /// must be positive; <paramref name="maxGroundDistanceM"/> bounds the footprint for oblique photos.
    /// </summary>
    public PhotoGeoreference(PinholeCamera camera, GeodeticPoint position, double heightAboveGroundM, CameraAttitude attitude, double maxGroundDistanceM = DefaultMaxGroundDistanceM)
    {
        ArgumentNullException.ThrowIfNull(camera);
        if (!(heightAboveGroundM > 0) || !double.IsFinite(heightAboveGroundM))
        {
            throw new ArgumentOutOfRangeException(nameof(heightAboveGroundM), heightAboveGroundM, "the camera must be above the ground plane (height > 0 m)");
        }

        if (!attitude.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(attitude), attitude, "gimbal angles out of range");
        }

        Camera = camera;
        Position = position;
        HeightAboveGroundM = heightAboveGroundM;
        Attitude = attitude;
        MaxGroundDistanceM = maxGroundDistanceM;
        Frame = new LocalGroundFrame(position);
        CameraToEnu = attitude.CameraToEnu();

        // Ground (east, north, 0) to pixel: H = K · [r1 r2 t] with R = world→camera and t = −R·C, C = (0, 0, h).
        var r = CameraToEnu.Transpose();
        var t = -1 * (r * new Vector3(0, 0, heightAboveGroundM));
        var rt = new Matrix3(r.M11, r.M12, t.X, r.M21, r.M22, t.Y, r.M31, r.M32, t.Z);
        LocalToPixel = new Homography(camera.IntrinsicMatrix * rt);
        PixelToLocal = LocalToPixel.Inverse();
        GridToPixel = Homography.Compose(Frame.GridToEnu, LocalToPixel);
        PixelToGrid = GridToPixel.Inverse();
    }

    /// <summary>The camera's intrinsics.</summary>
    public PinholeCamera Camera { get; }

    /// <summary>The camera position (latitude, longitude in degrees); the local frame's origin is on the ground below it.</summary>
    public GeodeticPoint Position { get; }

    /// <summary>Height of the camera above the ground plane in metres.</summary>
    public double HeightAboveGroundM { get; }

    /// <summary>The gimbal attitude.</summary>
    public CameraAttitude Attitude { get; }

    /// <summary>The horizontal clamp distance for the footprint in metres.</summary>
    public double MaxGroundDistanceM { get; }

    /// <summary>The local east-north-up frame under the camera, tied to its Gauss-Kruger zone.</summary>
    public LocalGroundFrame Frame { get; }

    /// <summary>The camera-to-ENU rotation.</summary>
    public Matrix3 CameraToEnu { get; }

    /// <summary>Maps local ground (east, north) metres to pixel (column, row); w is the depth along the optical axis.</summary>
    public Homography LocalToPixel { get; }

    /// <summary>Maps pixel (column, row) to local ground (east, north) metres.</summary>
    public Homography PixelToLocal { get; }

    /// <summary>Maps Gauss-Kruger grid (easting, northing) metres to pixel (column, row).</summary>
    public Homography GridToPixel { get; }

    /// <summary>Maps pixel (column, row) to Gauss-Kruger grid (easting, northing) metres.</summary>
    public Homography PixelToGrid { get; }

    /// <summary>The ray through a pixel in local ENU (unnormalised; z &lt; 0 means it descends towards the ground).</summary>
    public Vector3 RayEnu(double column, double row) => CameraToEnu * Camera.Ray(column, row);

    /// <summary>Intersects a pixel's ray with the ground in local metres; false when the ray is at or above the horizon.</summary>
    public bool TryPixelToLocal(double column, double row, out double eastM, out double northM)
    {
        var d = RayEnu(column, row);
        if (!(d.Z < -1e-12))
        {
            eastM = northM = double.NaN;
            return false;
        }

        var s = HeightAboveGroundM / -d.Z;
        eastM = s * d.X;
        northM = s * d.Y;
        return true;
    }

    /// <summary>The ground point a pixel shows, as latitude/longitude; false when its ray misses the ground.</summary>
    public bool TryPixelToGround(double column, double row, out GeodeticPoint ground)
    {
        if (!TryPixelToLocal(column, row, out var e, out var n))
        {
            ground = default;
            return false;
        }

        ground = Frame.ToGeodetic(e, n);
        return true;
    }

    /// <summary>The pixel showing a ground point; false when the point is behind the camera. The pixel may lie outside the image.</summary>
    public bool TryGroundToPixel(GeodeticPoint ground, out double column, out double row)
    {
        var (e, n) = Frame.ToLocal(ground);
        return LocalToPixel.TryApply(e, n, out column, out row);
    }

    /// <summary>Ground sample distance at the principal point in metres per pixel (mean of the column and row directions); NaN when the centre ray misses the ground.</summary>
    public double GroundSampleDistanceAtCentreM()
    {
        var cx = Camera.PrincipalPointXPx;
        var cy = Camera.PrincipalPointYPx;
        if (!TryPixelToLocal(cx, cy, out var e0, out var n0) || !TryPixelToLocal(cx + 1, cy, out var e1, out var n1) || !TryPixelToLocal(cx, cy + 1, out var e2, out var n2))
        {
            return double.NaN;
        }

        return (Math.Sqrt(((e1 - e0) * (e1 - e0)) + ((n1 - n0) * (n1 - n0))) + Math.Sqrt(((e2 - e0) * (e2 - e0)) + ((n2 - n0) * (n2 - n0)))) / 2;
    }

    /// <summary>
    /// The footprint: the rays of the image border (the four corners and <paramref name="samplesPerEdge"/> − 1 points
    /// between them on each edge) cast to the ground; rays that meet it beyond <see cref="MaxGroundDistanceM"/>
    /// horizontally, or not at all, are clamped at that distance in their own direction and the result is flagged.
    /// </summary>
    public GroundFootprint Footprint(int samplesPerEdge = 8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samplesPerEdge, 1);
        double w = Camera.WidthPx, h = Camera.HeightPx;
        var border = new List<(double U, double V)>();
        for (var i = 0; i < samplesPerEdge; i++)
        {
            var f = (double)i / samplesPerEdge;
            border.Add((f * w, 0));
        }

        for (var i = 0; i < samplesPerEdge; i++)
        {
            var f = (double)i / samplesPerEdge;
            border.Add((w, f * h));
        }

        for (var i = 0; i < samplesPerEdge; i++)
        {
            var f = (double)i / samplesPerEdge;
            border.Add((w - (f * w), h));
        }

        for (var i = 0; i < samplesPerEdge; i++)
        {
            var f = (double)i / samplesPerEdge;
            border.Add((0, h - (f * h)));
        }

        var clamped = false;
        var local = new List<Coordinate>(border.Count + 1);
        foreach (var (u, v) in border)
        {
            var d = RayEnu(u, v);
            var horizontal = Math.Sqrt((d.X * d.X) + (d.Y * d.Y));
            if (TryPixelToLocal(u, v, out var e, out var n) && Math.Sqrt((e * e) + (n * n)) <= MaxGroundDistanceM)
            {
                local.Add(new Coordinate(e, n));
            }
            else if (horizontal > 0)
            {
                clamped = true;
                local.Add(new Coordinate(MaxGroundDistanceM * d.X / horizontal, MaxGroundDistanceM * d.Y / horizontal));
            }
        }

        local.Add(local[0].Copy());
        var localPolygon = LocalFactory.CreatePolygon(local.ToArray());
        if (!localPolygon.Shell.IsCCW)
        {
            localPolygon = (Polygon)localPolygon.Reverse();
        }

        var lonLat = localPolygon.Shell.Coordinates.Select(c =>
        {
            var g = Frame.ToGeodetic(c.X, c.Y);
            return new Coordinate(g.LongitudeDeg, g.LatitudeDeg);
        }).ToArray();
        return new GroundFootprint(LonLatFactory.CreatePolygon(lonLat), localPolygon, clamped, MaxGroundDistanceM);
    }
}
