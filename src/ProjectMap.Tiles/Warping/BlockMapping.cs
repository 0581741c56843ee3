using ProjectMap.Imagery.Mathematics;

namespace ProjectMap.Tiles.Warping;

/// <summary>
/// One photo's mapping over one square block of an output tile: tile pixel (column, row; 0 at the tile's top-left
/// corner, pixel centres at +0.5) → local ground metres (a homography fitted to the exact map projection at the block's
/// corners, checked by <see cref="TileProjection"/>) → photo pixel (the photo's exact homography), composed into one.
/// </summary>
public readonly struct BlockMapping
{
    private readonly Matrix3 _toPixel;
    private readonly Matrix3 _toLocal;
    private readonly double _width;
    private readonly double _height;
    private readonly double _featherPx;
    private readonly double _maxDistance;
    private readonly double _groundPixelM;
    private readonly double _cameraHeightM;

    /// <summary>Creates the mapping for <paramref name="photo"/> from a tile-pixel → local-metres homography.</summary>
    public BlockMapping(WarpPhoto photo, Homography tileToLocal, double groundPixelM, double featherPx, int x0, int y0, int size)
    {
        ArgumentNullException.ThrowIfNull(photo);
        _toLocal = tileToLocal.Matrix;
        _toPixel = Homography.Compose(tileToLocal, photo.LocalToPixel).Matrix;
        _width = photo.WidthPx;
        _height = photo.HeightPx;
        _featherPx = featherPx;
        _maxDistance = photo.MaxGroundDistanceM;
        _groundPixelM = groundPixelM;
        _cameraHeightM = photo.HeightAboveGroundM;
        X0 = x0;
        Y0 = y0;
        Size = size;
    }

    /// <summary>The block's left column in the tile.</summary>
    public int X0 { get; }

    /// <summary>The block's top row in the tile.</summary>
    public int Y0 { get; }

    /// <summary>The block's width and height in pixels.</summary>
    public int Size { get; }

    /// <summary>Tile pixel → local ground metres.</summary>
    public Homography TileToLocal => new(_toLocal);

    /// <summary>Ground size of one output pixel in metres.</summary>
    public double GroundPixelM => _groundPixelM;

    /// <summary>The composed tile pixel → photo pixel homography.</summary>
    public Matrix3 TileToPixel => _toPixel;

    /// <summary>What the photo shows at tile position (u, v) (continuous tile pixels); Alpha 0 when it shows nothing.</summary>
    public PixelSample Evaluate(double u, double v)
    {
        var m = _toPixel;
        var w = (m.M31 * u) + (m.M32 * v) + m.M33;
        if (!(w > 0))
        {
            return default;
        }

        var iw = 1 / w;
        var px = ((m.M11 * u) + (m.M12 * v) + m.M13) * iw;
        var py = ((m.M21 * u) + (m.M22 * v) + m.M23) * iw;
        var inside = Math.Min(Math.Min(px, _width - px), Math.Min(py, _height - py));
        if (inside <= -64)
        {
            return default;
        }

        // Jacobian of the projective map: photo pixels per tile pixel along u and v.
        var dxu = (m.M11 - (px * m.M31)) * iw;
        var dyu = (m.M21 - (py * m.M31)) * iw;
        var dxv = (m.M12 - (px * m.M32)) * iw;
        var dyv = (m.M22 - (py * m.M32)) * iw;
        var scale = Math.Sqrt(Math.Max((dxu * dxu) + (dyu * dyu), (dxv * dxv) + (dyv * dyv)));
        var alpha = Math.Clamp((inside / scale) + 0.5, 0, 1);
        if (alpha <= 0)
        {
            return default;
        }

        var l = _toLocal;
        var lw = 1 / ((l.M31 * u) + (l.M32 * v) + l.M33);
        var e = ((l.M11 * u) + (l.M12 * v) + l.M13) * lw;
        var n = ((l.M21 * u) + (l.M22 * v) + l.M23) * lw;
        var r2 = (e * e) + (n * n);
        alpha *= Math.Clamp(((_maxDistance - Math.Sqrt(r2)) / _groundPixelM) + 0.5, 0, 1);
        var t = Math.Clamp(inside / _featherPx, 0, 1);
        var edge = t * t * (3 - (2 * t));
        return new PixelSample(px, py, scale, alpha, edge, ((_cameraHeightM * _cameraHeightM) + r2) / _cameraHeightM);
    }
}
