using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Rendering.Synthetic.Raster;
using ProjectMap.Rendering.Synthetic.Scene;
using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Photo;

/// <summary>
/// Computes the linear-light radiance a camera pixel receives: traces the camera core's rays through the scene's solids
/// onto the ground rasters, lights what they hit with the sun (with cast shadows) and the sky, and adds haze.
/// </summary>
public sealed class SceneShader
{
    private static readonly float[] SunColour = [1.0f, 0.97f, 0.90f];
    private static readonly float[] SkyColour = [0.22f, 0.25f, 0.31f];
    private static readonly float[] HazeTint = [0.80f, 0.84f, 0.90f];

    private readonly PhotoGeoreference _geo;
    private readonly RayCaster _caster;
    private readonly GroundRaster[] _levels;
    private readonly GroundRaster _roof;
    private readonly float[] _background;
    private readonly double _l11;
    private readonly double _l12;
    private readonly double _l21;
    private readonly double _l22;
    private readonly double _originE;
    private readonly double _originN;
    private readonly double _sunE;
    private readonly double _sunN;
    private readonly double _sunUp;
    private readonly double _sunStrength;
    private readonly double _visibilityM;
    private readonly double _zTop;
    private readonly float[] _haze = new float[3];

    /// <summary>Prepares the shader for one photo.</summary>
    public SceneShader(PhotoGeoreference geo, RayCaster caster, GroundRaster[] levels, GroundRaster roof, SceneModel scene, SunPosition sun, ShotLook look)
    {
        ArgumentNullException.ThrowIfNull(geo);
        ArgumentNullException.ThrowIfNull(caster);
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(roof);
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(look);
        _geo = geo;
        _caster = caster;
        _levels = levels;
        _roof = roof;
        _background = Linear(scene.Background);
        var m = geo.Frame.EnuToGrid.Matrix;
        (_l11, _l12, _originE, _l21, _l22, _originN) = (m.M11, m.M12, m.M13, m.M21, m.M22, m.M23);
        const double D = Math.PI / 180;
        var (sa, ca) = Math.SinCos(sun.AzimuthDeg * D);
        var (se, ce) = Math.SinCos(sun.ElevationDeg * D);
        double east = sa * ce, north = ca * ce;
        var k = Math.Sqrt((_l11 * _l11) + (_l21 * _l21));
        _sunE = ((_l11 * east) + (_l12 * north)) / k;
        _sunN = ((_l21 * east) + (_l22 * north)) / k;
        _sunUp = se;
        _sunStrength = sun.ElevationDeg > 0 ? look.SunStrength : 0;
        _visibilityM = look.VisibilityM;
        _zTop = caster.Index.MaxHeightM + 1;
        HorizontalIrradiance = (_sunStrength * Math.Max(0, _sunUp) * Luminance(SunColour)) + Luminance(SkyColour) * (1.6 - (0.6 * _sunStrength));
        for (var c = 0; c < 3; c++)
        {
            _haze[c] = (float)(HazeTint[c] * HorizontalIrradiance * 0.78);
        }
    }

    /// <summary>Irradiance of a sunlit horizontal surface (luminance, linear units): what the exposure is metered on.</summary>
    public double HorizontalIrradiance { get; }

    /// <summary>Writes the mean linear radiance of pixel (<paramref name="column"/>, <paramref name="row"/>) into <paramref name="rgb"/>.</summary>
    public void Pixel(int column, int row, Span<float> rgb)
    {
        var centre = _geo.RayEnu(column + 0.5, row + 0.5);
        var sinElevation = -centre.Z / centre.Length;
        var n = sinElevation < 0.4 ? 4 : 2;
        float r = 0, g = 0, b = 0;
        Span<float> s = stackalloc float[3];
        for (var a = 0; a < n; a++)
        {
            for (var c = 0; c < n; c++)
            {
                Trace(column + ((c + 0.5) / n), row + ((a + 0.5) / n), n, s);
                r += s[0];
                g += s[1];
                b += s[2];
            }
        }

        var inv = 1f / (n * n);
        rgb[0] = r * inv;
        rgb[1] = g * inv;
        rgb[2] = b * inv;
    }

    private void Trace(double u, double v, int samples, Span<float> result)
    {
        var d = _geo.RayEnu(u, v);
        var length = d.Length;
        if (!(d.Z < -1e-9))
        {
            Sky(d.Z / length, result);
            return;
        }

        var h = _geo.HeightAboveGroundM;
        double de = (_l11 * d.X) + (_l12 * d.Y), dn = (_l21 * d.X) + (_l22 * d.Y), dz = d.Z;
        var tGround = h / -dz;
        var t0 = Math.Max(0, (h - _zTop) / -dz);
        var hit = _caster.Nearest(_originE, _originN, h, de, dn, dz, t0, tGround);
        double t, ne, nn, nu;
        Span<float> albedo = stackalloc float[3];
        double skyView;
        if (hit is { } solid)
        {
            t = solid.T;
            (ne, nn, nu) = (solid.NormalE, solid.NormalN, solid.NormalUp);
            SolidAlbedo(solid, _originE + (de * t), _originN + (dn * t), h + (dz * t), albedo, out skyView);
        }
        else
        {
            t = tGround;
            (ne, nn, nu) = (0, 0, 1);
            skyView = 1;
            var range = t * length;
            GroundAlbedo(_originE + (de * t), _originN + (dn * t), range / _geo.Camera.FocalLengthPx / samples, albedo);
        }

        double pe = _originE + (de * t), pn = _originN + (dn * t), pz = h + (dz * t);
        var direct = _sunStrength * Math.Max(0, (ne * _sunE) + (nn * _sunN) + (nu * _sunUp));
        if (hit is { Solid: < 0 })
        {
            // Foliage scatters light round the crown: wrap the lighting.
            direct = _sunStrength * Math.Max(0, ((ne * _sunE) + (nn * _sunN) + (nu * _sunUp) + 0.35) / 1.35);
        }

        if (direct > 0)
        {
            const double Lift = 0.05;
            double oe = pe + (ne * Lift), on = pn + (nn * Lift), oz = pz + (nu * Lift);
            var tSun = Math.Max(0, (_zTop - oz) / Math.Max(1e-3, _sunUp));
            if (_caster.Blocked(oe, on, oz, _sunE, _sunN, _sunUp, 0, tSun))
            {
                direct = 0;
            }
        }

        var ambient = skyView * (1.6 - (0.6 * _sunStrength));
        var transmission = Math.Exp(-t * length / _visibilityM);
        for (var c = 0; c < 3; c++)
        {
            var radiance = albedo[c] * ((direct * SunColour[c]) + (ambient * SkyColour[c]));
            result[c] = (float)((radiance * transmission) + (_haze[c] * (1 - transmission)));
        }
    }

    private void GroundAlbedo(double e, double n, double needM, Span<float> albedo)
    {
        var k = _levels.Length == 1 ? 0 : Math.Clamp((int)Math.Floor(Math.Log2(needM / _levels[0].ResolutionM) + 1e-9), 0, _levels.Length - 1);
        for (var step = 0; step < _levels.Length; step++)
        {
            // Preferred level first, then coarser ones, then finer ones.
            var level = k + step < _levels.Length ? k + step : _levels.Length - 1 - step;
            if (level >= 0 && _levels[level].TrySample(e, n, out var r, out var g, out var b, out _))
            {
                albedo[0] = r;
                albedo[1] = g;
                albedo[2] = b;
                return;
            }
        }

        _background.CopyTo(albedo);
    }

    private void SolidAlbedo(SolidHit hit, double e, double n, double z, Span<float> albedo, out double skyView)
    {
        if (hit.Solid < 0)
        {
            var tree = _caster.Index.Trees[-1 - hit.Solid];
            var grain = 0.78 + (0.22 * ValueNoise.At(77, e * 1.3, (n * 1.3) + (z * 0.7))) + (0.12 * ValueNoise.At(78, e * 4, n * 4));
            var shade = 0.75 + (0.25 * hit.NormalUp);
            Fill(tree.Colour, grain * shade, albedo);
            skyView = 0.55 + (0.35 * hit.NormalUp);
            return;
        }

        var box = _caster.Index.Boxes[hit.Solid];
        if (hit.IsTop)
        {
            Fill(box.RoofColour, 1, albedo);
            if (box.RoofFromLayer && _roof.TrySample(e, n, out var r, out var g, out var b, out var alpha) && alpha > 0)
            {
                albedo[0] = (albedo[0] * (1 - alpha)) + (r * alpha);
                albedo[1] = (albedo[1] * (1 - alpha)) + (g * alpha);
                albedo[2] = (albedo[2] * (1 - alpha)) + (b * alpha);
            }

            // Weathering: broad stains and fine grain tied to the roof's position.
            var stain = (float)(1 + (0.05 * ValueNoise.At(31, e / 7, n / 7)) + (0.025 * ValueNoise.At(32, e / 1.3, n / 1.3)));
            albedo[0] *= stain;
            albedo[1] *= stain;
            albedo[2] *= stain;
            skyView = 1;
            return;
        }

        skyView = hit.NormalUp < -0.5 ? 0.25 : 0.6;
        var wall = box.Wall;
        var along = hit.AlongM;
        switch (wall.Kind)
        {
            case WallKind.Windows:
            {
                var storey = z / wall.StoreyHeightM;
                var fz = storey - Math.Floor(storey);
                var bay = (along / 3.6) - Math.Floor(along / 3.6);
                var glass = fz is > 0.28 and < 0.82 && bay is > 0.12 and < 0.88 && z > 0.4;
                Fill(glass ? wall.AccentColour : wall.Colour, glass ? 1.0 + (0.25 * fz) : 1.0, albedo);
                break;
            }

            case WallKind.Netting:
            {
                var band = (z / wall.StoreyHeightM) - Math.Floor(z / wall.StoreyHeightM);
                var mesh = 0.9 + (0.1 * ValueNoise.At(91, along * 2, z * 2));
                Fill(band < 0.1 ? wall.AccentColour : wall.Colour, mesh, albedo);
                break;
            }

            case WallKind.Ribbed:
            {
                var rib = (along / 0.9) - Math.Floor(along / 0.9);
                var colour = z < 1.2 ? new SKColor(170, 168, 162) : wall.Colour;
                Fill(colour, rib < 0.3 ? 0.86 : 1.0, albedo);
                break;
            }

            default:
                Fill(wall.Colour, 1, albedo);
                break;
        }
    }

    private void Sky(double sinElevation, Span<float> result)
    {
        var t = Math.Clamp(sinElevation / 0.5, 0, 1);
        float[] zenith = [0.30f, 0.42f, 0.65f];
        for (var c = 0; c < 3; c++)
        {
            result[c] = (float)((_haze[c] * (1 - t)) + (zenith[c] * HorizontalIrradiance * 0.7 * t));
        }
    }

    private static void Fill(SKColor colour, double factor, Span<float> albedo)
    {
        albedo[0] = (float)(ColourMath.ToLinear(colour.Red) * factor);
        albedo[1] = (float)(ColourMath.ToLinear(colour.Green) * factor);
        albedo[2] = (float)(ColourMath.ToLinear(colour.Blue) * factor);
    }

    private static float[] Linear(SKColor c) => [ColourMath.ToLinear(c.Red), ColourMath.ToLinear(c.Green), ColourMath.ToLinear(c.Blue)];

    private static double Luminance(float[] c) => (0.2126 * c[0]) + (0.7152 * c[1]) + (0.0722 * c[2]);
}
