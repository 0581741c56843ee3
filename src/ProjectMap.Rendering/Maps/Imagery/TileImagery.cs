using NetTopologySuite.Geometries;
using ProjectMap.Geodesy.Projections;
using ProjectMap.Imagery.Correction;
using ProjectMap.Rendering.Maps.Tiles;
using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Imagery;

/// <summary>
/// Web Mercator XYZ tiles reprojected onto the map's Gauss-Kruger grid: each tile (or quarter of one, recursively)
/// is drawn through the homography that takes its four corners to their exact map positions, split until the
/// homography is within <see cref="MaxErrorUnits"/> canvas units of the exact mapping at the tile's centre and edge
/// midpoints. The zoom level is the first whose pixels are no larger than the map's, within the source's zooms.
/// </summary>
public sealed class TileImagery : IMapImagery
{
    /// <summary>The largest deviation in canvas units a tile's homography may have from the exact reprojection.</summary>
    public const double MaxErrorUnits = 0.25;

    /// <summary>The most tiles drawn for one map; a coarser zoom is used above it.</summary>
    public const int MaxTiles = 1500;

    private const int TilePx = 256;
    private readonly bool _ownsSource;

    /// <summary>Creates the layer over a source; disposes it with the layer when <paramref name="ownsSource"/>.</summary>
    public TileImagery(ITileSource source, string description, bool ownsSource = true)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        Description = description;
        _ownsSource = ownsSource;
    }

    /// <summary>The tiles.</summary>
    public ITileSource Source { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public Envelope BoundsLonLat => Source.BoundsLonLat ?? new Envelope(-180, 180, -WebMercator.MaxLatitudeDeg, WebMercator.MaxLatitudeDeg);

    /// <summary>
    /// The zoom level whose pixels are no larger than <paramref name="groundMetresPerUnit"/> at <paramref name="latitudeDeg"/>,
    /// before clamping to the source. Web Mercator's scale factor is 1/cos φ, so a tile pixel covers
    /// 2π·R·cos φ / 256 / 2^z true ground metres (R = 6378137 m); the map itself is on the GK grid.
    /// </summary>
    public static int IdealZoom(double groundMetresPerUnit, double latitudeDeg)
    {
        var metresPerPixelAtZoom0 = 2 * Math.PI * WebMercator.RadiusM * Math.Cos(latitudeDeg * Math.PI / 180) / TilePx;
        return (int)Math.Ceiling(Math.Log2(metresPerPixelAtZoom0 / groundMetresPerUnit) - 1e-9);
    }

    /// <inheritdoc />
    public void Draw(SKCanvas canvas, MapViewport viewport, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(viewport);
        ArgumentNullException.ThrowIfNull(warnings);
        var view = ViewLonLat(viewport);
        var area = Source.BoundsLonLat is { } b ? view.Intersection(b) : view;
        if (area.IsNull)
        {
            return;
        }

        var zoom = Math.Clamp(IdealZoom(1 / viewport.UnitsPerGroundMetre, viewport.Centre.LatitudeDeg), Source.MinZoom, Source.MaxZoom);
        var range = Range(area, zoom);
        while (range.Count > MaxTiles && zoom > Source.MinZoom)
        {
            zoom--;
            range = Range(area, zoom);
        }

        if (range.Count > MaxTiles)
        {
            warnings.Add($"{Description}: not drawn, its coarsest zoom {Source.MinZoom} needs {range.Count} tiles for this map (limit {MaxTiles})");
            return;
        }

        canvas.Save();
        canvas.ClipRect(viewport.Frame);
        using var paint = new SKPaint { IsAntialias = false };
        var sampling = new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear);
        for (var x = range.X0; x <= range.X1; x++)
        {
            for (var y = range.Y0; y <= range.Y1; y++)
            {
                var bytes = Source.ReadTile(zoom, x, y);
                if (bytes is null)
                {
                    continue;
                }

                using var image = SKImage.FromEncodedData(bytes);
                if (image is null)
                {
                    warnings.Add($"{Description}: tile {zoom}/{x}/{y} is not an image");
                    continue;
                }

                DrawPart(canvas, viewport, image, zoom, x, y, 0, 0, TilePx, 0, paint, sampling);
            }
        }

        canvas.Restore();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsSource)
        {
            Source.Dispose();
        }
    }

    /// <summary>The canvas position of tile pixel (u, v) of tile z/x/y, exactly (Web Mercator → lon/lat → grid → canvas).</summary>
    private static (double X, double Y) Exact(MapViewport viewport, int zoom, int x, int y, double u, double v)
    {
        var size = 2 * WebMercator.HalfWorldM / (1L << zoom) / TilePx;
        var mx = -WebMercator.HalfWorldM + (((x * (double)TilePx) + u) * size);
        var my = WebMercator.HalfWorldM - (((y * (double)TilePx) + v) * size);
        var (lon, lat) = WebMercator.Inverse(mx, my);
        var (e, n) = viewport.Zone.ForwardXY(lon, lat);
        return viewport.GridToCanvasD(e, n);
    }

    private static void DrawPart(SKCanvas canvas, MapViewport viewport, SKImage image, int zoom, int x, int y, double u0, double v0, double size, int depth, SKPaint paint, SKSamplingOptions sampling)
    {
        var corners = new (double U, double V)[] { (u0, v0), (u0 + size, v0), (u0 + size, v0 + size), (u0, v0 + size) };
        var pairs = corners.Select(c =>
        {
            var (cx, cy) = Exact(viewport, zoom, x, y, c.U, c.V);
            return new ControlPair(c.U, c.V, cx, cy);
        }).ToList();
        var h = ControlPointFitter.Fit(pairs).PixelToLocal;
        var half = size / 2;
        var checks = new (double U, double V)[] { (u0 + half, v0 + half), (u0 + half, v0), (u0 + size, v0 + half), (u0 + half, v0 + size), (u0, v0 + half) };
        var error = checks.Max(c =>
        {
            var (ex, ey) = Exact(viewport, zoom, x, y, c.U, c.V);
            var (hx, hy) = h.Apply(c.U, c.V);
            return Math.Sqrt(((ex - hx) * (ex - hx)) + ((ey - hy) * (ey - hy)));
        });
        if (error > MaxErrorUnits && depth < 4)
        {
            DrawPart(canvas, viewport, image, zoom, x, y, u0, v0, half, depth + 1, paint, sampling);
            DrawPart(canvas, viewport, image, zoom, x, y, u0 + half, v0, half, depth + 1, paint, sampling);
            DrawPart(canvas, viewport, image, zoom, x, y, u0, v0 + half, half, depth + 1, paint, sampling);
            DrawPart(canvas, viewport, image, zoom, x, y, u0 + half, v0 + half, half, depth + 1, paint, sampling);
            return;
        }

        canvas.Save();
        canvas.Concat(SkiaHomography.ToSkMatrix(h));
        var rect = new SKRect((float)u0, (float)v0, (float)(u0 + size), (float)(v0 + size));
        var scale = image.Width / (float)TilePx;
        var src = new SKRect(rect.Left * scale, rect.Top * scale, rect.Right * scale, rect.Bottom * scale);
        canvas.DrawImage(image, src, rect, sampling, paint);
        canvas.Restore();
    }

    private static Envelope ViewLonLat(MapViewport viewport)
    {
        var env = new Envelope();
        var f = viewport.Frame;
        foreach (var (px, py) in new[] { (f.Left, f.Top), (f.MidX, f.Top), (f.Right, f.Top), (f.Right, f.MidY), (f.Right, f.Bottom), (f.MidX, f.Bottom), (f.Left, f.Bottom), (f.Left, f.MidY) })
        {
            var (e, n) = viewport.CanvasToGrid(px, py);
            var (lon, lat) = viewport.Zone.InverseXY(e, n);
            env.ExpandToInclude(lon, lat);
        }

        return env;
    }

    private static TileRange Range(Envelope lonLat, int zoom)
    {
        var n = 1L << zoom;
        int Column(double lon) => (int)Math.Clamp(Math.Floor((WebMercator.Forward(lon, 0).X + WebMercator.HalfWorldM) / (2 * WebMercator.HalfWorldM) * n), 0, n - 1);
        int Row(double lat) => (int)Math.Clamp(Math.Floor((WebMercator.HalfWorldM - WebMercator.Forward(0, Math.Clamp(lat, -WebMercator.MaxLatitudeDeg, WebMercator.MaxLatitudeDeg)).Y) / (2 * WebMercator.HalfWorldM) * n), 0, n - 1);
        return new TileRange(Column(lonLat.MinX), Row(lonLat.MaxY), Column(lonLat.MaxX), Row(lonLat.MinY));
    }

    private readonly record struct TileRange(int X0, int Y0, int X1, int Y1)
    {
        public long Count => (long)(X1 - X0 + 1) * (Y1 - Y0 + 1);
    }
}
