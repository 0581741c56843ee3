using CsCheck;
using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Cameras;
using ProjectMap.Imagery.Georeferencing;

namespace ProjectMap.Imagery.Tests.Georeferencing;

/// <summary>
/// Property tests over synthetic poses: nadir, oblique, every yaw quadrant (including negative yaw as DJI writes it)
/// and roll, at positions in China and abroad.
/// </summary>
public sealed class GeoreferencePropertyTests
{
    private static readonly PinholeCamera Camera = PinholeCamera.FromSensor(4000, 2250, 3.61, 6.17);

    private static readonly Gen<(double Yaw, double Pitch, double Roll, double Height, GeodeticPoint Position)> Poses =
        Gen.Select(
            Gen.Double[-180, 180],
            Gen.OneOf(Gen.Const(-90.0), Gen.Double[-90, -35]),
            Gen.OneOf(Gen.Const(0.0), Gen.Double[-15, 15]),
            Gen.Double[15, 300],
            Gen.OneOf(Gen.Const(new GeodeticPoint(31.7085, 119.8455)), Gen.Const(new GeodeticPoint(46.8428, -91.9943)), Gen.Const(new GeodeticPoint(-20.4406, 57.3189))));

    [Fact]
    public void PixelToGroundToPixel_AnyPose_RoundTripsWithin001Px()
    {
        Gen.Select(Poses, Gen.Double[0, 4000], Gen.Double[0, 2250]).Sample((pose, u, v) =>
        {
            var g = new PhotoGeoreference(Camera, pose.Position, pose.Height, new CameraAttitude(pose.Yaw, pose.Pitch, pose.Roll), maxGroundDistanceM: 1e9);
            if (!g.TryPixelToGround(u, v, out var ground))
            {
                return true;
            }

            return g.TryGroundToPixel(ground, out var u2, out var v2) && Math.Abs(u2 - u) < 0.01 && Math.Abs(v2 - v) < 0.01;
        });
    }

    [Fact]
    public void FootprintCorners_AnyPose_MatchTheAnalyticRayIntersectionWithin1Mm()
    {
        Poses.Sample(pose =>
        {
            var g = new PhotoGeoreference(Camera, pose.Position, pose.Height, new CameraAttitude(pose.Yaw, pose.Pitch, pose.Roll), maxGroundDistanceM: 1e6);
            var footprint = g.Footprint(samplesPerEdge: 1);
            if (footprint.HorizonClamped)
            {
                return true;
            }

            (double U, double V)[] corners = [(0, 0), (4000, 0), (4000, 2250), (0, 2250)];
            var actual = footprint.Local.Shell.Coordinates.Take(4).ToList();
            foreach (var (u, v) in corners)
            {
                var (e, n) = Analytic(pose.Yaw, pose.Pitch, pose.Roll, pose.Height, u, v);
                if (!actual.Any(c => Math.Sqrt(((c.X - e) * (c.X - e)) + ((c.Y - n) * (c.Y - n))) < 0.001))
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(90, 1, 0)]
    [InlineData(180, 0, -1)]
    [InlineData(-90, -1, 0)]
    [InlineData(45, 0.70710678118654757, 0.70710678118654757)]
    [InlineData(-135, -0.70710678118654757, -0.70710678118654757)]
    public void PixelToLocal_NadirTopCentre_LiesInTheYawDirection(double yaw, double east, double north)
    {
        var g = new PhotoGeoreference(Camera, new GeodeticPoint(31.7, 119.8), 100, new CameraAttitude(yaw, -90, 0));

        Assert.True(g.TryPixelToLocal(2000, 0, out var e, out var n));
        var length = Math.Sqrt((e * e) + (n * n));

        Assert.Equal(east, e / length, 9);
        Assert.Equal(north, n / length, 9);
    }

    [Fact]
    public void PixelToLocal_NadirRollPlus90_TurnsTheImageLikeYawPlus90()
    {
        // In Z-Y-X order at pitch −90° the roll axis is the optical axis: right side down by 90° turns the image's
        // right side to the south and its top to the east, the same view as yaw 90°.
        var rolled = new PhotoGeoreference(Camera, new GeodeticPoint(31.7, 119.8), 100, new CameraAttitude(0, -90, 90));
        var yawed = new PhotoGeoreference(Camera, new GeodeticPoint(31.7, 119.8), 100, new CameraAttitude(90, -90, 0));

        Assert.True(rolled.TryPixelToLocal(300, 200, out var e1, out var n1));
        Assert.True(yawed.TryPixelToLocal(300, 200, out var e2, out var n2));

        Assert.Equal(e2, e1, 9);
        Assert.Equal(n2, n1, 9);
    }

    [Fact]
    public void PixelToLocal_ObliqueNorthPositiveRoll_RightSideOfTheImageDips()
    {
        // Looking north 45° down, rolled right side down: the image's right edge (east) looks more steeply down than
        // its left edge, so its ground point is nearer the camera.
        var g = new PhotoGeoreference(Camera, new GeodeticPoint(31.7, 119.8), 100, new CameraAttitude(0, -45, 10));

        Assert.True(g.TryPixelToLocal(4000, 1125, out var eRight, out var nRight));
        Assert.True(g.TryPixelToLocal(0, 1125, out var eLeft, out var nLeft));

        Assert.True(eRight > 0 && eLeft < 0);
        Assert.True(Math.Sqrt((eRight * eRight) + (nRight * nRight)) < Math.Sqrt((eLeft * eLeft) + (nLeft * nLeft)));
    }

    /// <summary>
    /// The ground point of a pixel by explicit trigonometry, independent of the Matrix3 code: the optical axis
    /// f = (cos θ sin ψ, cos θ cos ψ, sin θ) in east-north-up, image right r = (cos ψ, −sin ψ, 0), image down
    /// d = f × r; roll φ turns r and d about f (right side down for φ &gt; 0); the ray f + x·r' + y·d' meets z = −h.
    /// </summary>
    private static (double East, double North) Analytic(double yawDeg, double pitchDeg, double rollDeg, double h, double u, double v)
    {
        const double deg = Math.PI / 180;
        double psi = yawDeg * deg, theta = pitchDeg * deg, phi = rollDeg * deg;
        double[] f = [Math.Cos(theta) * Math.Sin(psi), Math.Cos(theta) * Math.Cos(psi), Math.Sin(theta)];
        double[] r = [Math.Cos(psi), -Math.Sin(psi), 0];
        double[] d = [(f[1] * r[2]) - (f[2] * r[1]), (f[2] * r[0]) - (f[0] * r[2]), (f[0] * r[1]) - (f[1] * r[0])];
        double[] r2 = [(Math.Cos(phi) * r[0]) + (Math.Sin(phi) * d[0]), (Math.Cos(phi) * r[1]) + (Math.Sin(phi) * d[1]), (Math.Cos(phi) * r[2]) + (Math.Sin(phi) * d[2])];
        double[] d2 = [(-Math.Sin(phi) * r[0]) + (Math.Cos(phi) * d[0]), (-Math.Sin(phi) * r[1]) + (Math.Cos(phi) * d[1]), (-Math.Sin(phi) * r[2]) + (Math.Cos(phi) * d[2])];
        var x = (u - Camera.PrincipalPointXPx) / Camera.FocalLengthPx;
        var y = (v - Camera.PrincipalPointYPx) / Camera.FocalLengthPx;
        double[] ray = [f[0] + (x * r2[0]) + (y * d2[0]), f[1] + (x * r2[1]) + (y * d2[1]), f[2] + (x * r2[2]) + (y * d2[2])];
        var t = h / -ray[2];
        return (t * ray[0], t * ray[1]);
    }
}
