using NetTopologySuite.Geometries;
using ProjectMap.Domain.Time;
using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Cameras;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Rendering.Synthetic.Raster;
using ProjectMap.Rendering.Synthetic.Scene;

namespace ProjectMap.Rendering.Synthetic.Photo;

/// <summary>
/// Renders what a drone camera sees of a <see cref="DistrictWorld"/>: for every output pixel (2 × 2 sub-samples, 4 × 4
/// where the ground is seen at a grazing angle) the camera core's ray (<see cref="PhotoGeoreference.RayEnu"/>) is traced
/// into the grid frame; where it meets no box or tree it lands on the ground exactly where
/// <see cref="PhotoGeoreference.TryPixelToLocal"/> says, and the ground colour is sampled bilinearly from the
/// orthographic raster level whose resolution matches the pixel's footprint. Surfaces are lit by the sun of the capture
/// time (with cast shadows) and the sky, dimmed by haze with distance, then exposed with vignetting, a gentle tone
/// curve and seeded sensor noise. Everything is deterministic.
/// </summary>
public static class PhotoRenderer
{
    private const double MaxGroundDistanceM = 4000;
    private const int SurveyStepPx = 8;

    /// <summary>Renders a photo of <paramref name="world"/> with the camera <paramref name="camera"/> at <paramref name="pose"/>.</summary>
    public static RenderedPhoto Render(DistrictWorld world, PinholeCamera camera, ShotPose pose, ShotLook look, IReadOnlyList<GroundMarker> markers, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(pose);
        ArgumentNullException.ThrowIfNull(look);
        ArgumentNullException.ThrowIfNull(markers);
        var geo = new PhotoGeoreference(camera, new GeodeticPoint(pose.LatitudeDeg, pose.LongitudeDeg), pose.RelativeAltitudeM, pose.Gimbal);
        if (geo.Frame.Zone.Epsg != world.Zone.Epsg)
        {
            throw new ArgumentException($"the camera is in {geo.Frame.Zone}, the synthetic district in {world.Zone}", nameof(pose));
        }

        var instant = new DateTimeOffset(pose.CapturedAtLocal, DistrictTime.Zone.GetUtcOffset(pose.CapturedAtLocal));
        var sun = SunPosition.At(instant, pose.LatitudeDeg, pose.LongitudeDeg);
        var levels = PlanLevels(geo);
        var region = new Envelope(levels[^1].Extent);
        region.ExpandBy(120);
        var date = DateOnly.FromDateTime(pose.CapturedAtLocal);
        var scene = world.Compose(region, date, markers);
        var textureSeed = StableRandom.Hash("ground-texture");
        var rasters = levels.Select(l => SceneRasterizer.Render(scene, Surface.Ground, l.Extent, l.ResolutionM, textureSeed)).ToArray();
        var roofExtent = new Envelope(levels[Math.Min(1, levels.Count - 1)].Extent);
        var roof = SceneRasterizer.Render(scene, Surface.Roof, roofExtent, levels[0].ResolutionM, textureSeed);
        var caster = new RayCaster(new SolidIndex(scene.Boxes, scene.Trees));
        var tracer = new SceneShader(geo, caster, rasters, roof, scene, sun, look);
        var rgb = Expose(tracer, camera, look, seed);
        return new RenderedPhoto(camera.WidthPx, camera.HeightPx, rgb, geo, sun, rasters.Select(r => (r.ResolutionM, r.Width, r.Height)).ToList());
    }

    private static List<(double ResolutionM, Envelope Extent)> PlanLevels(PhotoGeoreference geo)
    {
        var cam = geo.Camera;
        var points = new List<(double E, double N, double NeedM)>();
        for (var v = 0.0; v <= cam.HeightPx; v += v + SurveyStepPx > cam.HeightPx && v < cam.HeightPx ? cam.HeightPx - v : SurveyStepPx)
        {
            for (var u = 0.0; u <= cam.WidthPx; u += u + SurveyStepPx > cam.WidthPx && u < cam.WidthPx ? cam.WidthPx - u : SurveyStepPx)
            {
                if (!geo.TryPixelToLocal(u, v, out var e, out var n) || Math.Sqrt((e * e) + (n * n)) > MaxGroundDistanceM)
                {
                    continue;
                }

                var range = Math.Sqrt((e * e) + (n * n) + (geo.HeightAboveGroundM * geo.HeightAboveGroundM));
                var (ge, gn) = geo.Frame.EnuToGrid.Apply(e, n);
                points.Add((ge, gn, range / cam.FocalLengthPx / 2));
            }

            if (v >= cam.HeightPx)
            {
                break;
            }
        }

        if (points.Count == 0)
        {
            // Nothing but sky: a token level under the camera keeps the pipeline uniform.
            var (e0, n0) = geo.Frame.EnuToGrid.Apply(0, 0);
            return [(1.0, new Envelope(e0 - 50, e0 + 50, n0 - 50, n0 + 50))];
        }

        var r0 = Math.Max(0.03, points.Min(p => p.NeedM));
        var levelOf = points.Select(p => Math.Max(0, (int)Math.Floor(Math.Log2(p.NeedM / r0) + 1e-9))).ToArray();
        var maxLevel = levelOf.Max();
        var result = new List<(double, Envelope)>();
        for (var k = 0; k <= maxLevel; k++)
        {
            var env = new Envelope();
            for (var i = 0; i < points.Count; i++)
            {
                if (levelOf[i] <= k)
                {
                    env.ExpandToInclude(points[i].E, points[i].N);
                }
            }

            var res = r0 * Math.Pow(2, k);
            env.ExpandBy((24 * res) + 30);
            result.Add((res, env));
        }

        return result;
    }

    private static byte[] Expose(SceneShader shader, PinholeCamera cam, ShotLook look, ulong seed)
    {
        int width = cam.WidthPx, height = cam.HeightPx;
        var rgb = new byte[width * height * 3];
        var exposure = look.ExposureBias / shader.HorizontalIrradiance;
        var noiseScale = look.NoiseSigma / 0.408;
        Parallel.For(0, height, j =>
        {
            Span<float> sample = stackalloc float[3];
            for (var i = 0; i < width; i++)
            {
                shader.Pixel(i, j, sample);
                var dx = i + 0.5 - cam.PrincipalPointXPx;
                var dy = j + 0.5 - cam.PrincipalPointYPx;
                var cos = cam.FocalLengthPx / Math.Sqrt((cam.FocalLengthPx * cam.FocalLengthPx) + (dx * dx) + (dy * dy));
                var vignette = 1 - (0.32 * (1 - (cos * cos * cos * cos)));
                double r = sample[0] * exposure * vignette, g = sample[1] * exposure * vignette, b = sample[2] * exposure * vignette;

                // A touch more saturation, as drone cameras' default colour profile gives.
                var lum = (0.2126 * r) + (0.7152 * g) + (0.0722 * b);
                r = lum + ((r - lum) * 1.12);
                g = lum + ((g - lum) * 1.12);
                b = lum + ((b - lum) * 1.12);
                var index = (long)j * width + i;
                var grain = (StableRandom.Unit(seed, index, 0) + StableRandom.Unit(seed, index, 1) - 1) * noiseScale;
                var o = ((j * width) + i) * 3;
                rgb[o] = Encode(r, grain + ((StableRandom.Unit(seed, index, 2) - 0.5) * noiseScale * 0.5));
                rgb[o + 1] = Encode(g, grain);
                rgb[o + 2] = Encode(b, grain + ((StableRandom.Unit(seed, index, 3) - 0.5) * noiseScale * 0.5));
            }
        });
        return rgb;
    }

    private static byte Encode(double linear, double noise)
    {
        var toned = 1 - Math.Exp(-1.15 * Math.Max(0, linear));
        var code = (ColourMath.LinearToSrgb(toned) * 255) + noise;
        return (byte)Math.Clamp(Math.Round(code), 0, 255);
    }
}
