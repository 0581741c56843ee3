using ProjectMap.Tiles.Building;
using ProjectMap.Tiles.Grids;
using ProjectMap.Tiles.Output;

namespace ProjectMap.Tiles.Catalog;

/// <summary>
/// Read access to the pyramids under a tiles root for the web viewer, without it knowing the layout: lists them
/// (project, month, grid, zooms, bounds) from their manifests, and reads one tile by project, month, grid and
/// z/x/y (XYZ rows from the north in both storages). Project and month are checked to be plain names, so a request can
/// never reach outside the root.
/// </summary>
public sealed class TilePyramidCatalog(string root)
{
    /// <summary>The tiles root (absolute).</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Every pyramid, by project, month and grid.</summary>
    public IReadOnlyList<TilePyramidInfo> List()
    {
        var found = new List<TilePyramidInfo>();
        if (!Directory.Exists(Root))
        {
            return found;
        }

        foreach (var projectDir in Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal))
        {
            var project = Path.GetFileName(projectDir);
            if (!TilePaths.IsSafeName(project))
            {
                continue;
            }

            foreach (var entry in Directory.EnumerateFileSystemEntries(projectDir).Order(StringComparer.Ordinal))
            {
                if (Describe(project, entry) is { } info)
                {
                    found.Add(info);
                }
            }
        }

        return found;
    }

    /// <summary>A tile's bytes, or null when the pyramid or the tile does not exist.</summary>
    public TileContent? ReadTile(string project, string month, string grid, int z, int x, int y)
    {
        var g = TileGrid.FromId(grid);
        if (!TilePaths.IsSafeName(project) || !Domain.Time.YearMonth.TryParse(month, out _) || z < 0 || z > ZoomRange.MaxSupportedZoom || x < 0 || y < 0)
        {
            return null;
        }

        var tile = new TileId(z, x, y);
        var folder = TilePaths.PyramidPath(Root, project, month, g, mbTiles: false);
        if (Directory.Exists(folder))
        {
            foreach (var format in Enum.GetValues<TileFormat>())
            {
                var path = new DirectoryPyramidStore(folder, format).PathOf(tile);
                if (File.Exists(path))
                {
                    return new TileContent(File.ReadAllBytes(path), format.MimeType());
                }
            }

            return null;
        }

        var file = TilePaths.PyramidPath(Root, project, month, g, mbTiles: true);
        if (g.Id == TileGrid.WebMercator.Id && File.Exists(file))
        {
            using var store = new MbTilesPyramidStore(file);
            var bytes = store.Read(tile);
            var format = store.ReadManifest()?.Format ?? "png";
            return bytes is null ? null : new TileContent(bytes, TileFormats.Parse(format).MimeType());
        }

        return null;
    }

    private static TilePyramidInfo? Describe(string project, string entry)
    {
        var name = Path.GetFileName(entry);
        if (Directory.Exists(entry))
        {
            var month = name.EndsWith(TilePaths.GeographicSuffix, StringComparison.Ordinal) ? name[..^TilePaths.GeographicSuffix.Length] : name;
            return Domain.Time.YearMonth.TryParse(month, out _) && new DirectoryPyramidStore(entry, TileFormat.Png).ReadManifest() is { } m
                ? Info(m, project, "folder")
                : null;
        }

        if (name.EndsWith(".mbtiles", StringComparison.Ordinal) && Domain.Time.YearMonth.TryParse(name[..^8], out _))
        {
            using var store = new MbTilesPyramidStore(entry);
            return store.ReadManifest() is { } m ? Info(m, project, "mbtiles") : null;
        }

        return null;
    }

    private static TilePyramidInfo Info(PyramidManifest m, string project, string storage)
    {
        var b = Bounds(m);
        return new(project, m.Month ?? string.Empty, m.Grid, m.Format, m.MinZoom, m.MaxZoom, b.W, b.S, b.E, b.N, m.Photos.Count, storage, m.BuiltAt);
    }

    private static (double W, double S, double E, double N) Bounds(PyramidManifest m)
    {
        var env = new NetTopologySuite.Geometries.Envelope();
        foreach (var p in m.Photos)
        {
            env.ExpandToInclude(PyramidManifest.FootprintOf(p).EnvelopeInternal);
        }

        return (env.MinX, env.MinY, env.MaxX, env.MaxY);
    }
}
