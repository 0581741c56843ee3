using System.Globalization;
using NetTopologySuite.Geometries;

namespace ProjectMap.Rendering.Maps.Tiles;

/// <summary>
/// Tiles in a folder laid out <c>{z}/{x}/{y}.png</c> (or .jpg, .jpeg, .webp), rows from the north: a local basemap
/// mirror or a pyramid <c>projectmap tiles build</c> wrote. Zooms and bounds come from <c>tilejson.json</c> when present,
/// else from the numbered zoom folders.
/// </summary>
public sealed class XyzFolderTileSource : ITileSource
{
    private static readonly string[] Extensions = [".png", ".webp", ".jpg", ".jpeg"];

    /// <summary>Opens the folder; throws <see cref="DirectoryNotFoundException"/> when it is missing and <see cref="InvalidDataException"/> when it holds no zoom folders.</summary>
    public XyzFolderTileSource(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        if (!Directory.Exists(Root))
        {
            throw new DirectoryNotFoundException($"tile folder {Root} does not exist");
        }

        var zooms = Directory.EnumerateDirectories(Root)
            .Select(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var z) ? z : -1)
            .Where(z => z is >= 0 and <= 30)
            .Order()
            .ToList();
        if (zooms.Count == 0)
        {
            throw new InvalidDataException($"{Root} holds no {{z}}/{{x}}/{{y}} tile folders");
        }

        var info = TileJsonInfo.Read(Path.Combine(Root, "tilejson.json"));
        MinZoom = Math.Max(info?.MinZoom ?? zooms[0], zooms[0]);
        MaxZoom = Math.Min(info?.MaxZoom ?? zooms[^1], zooms[^1]);
        BoundsLonLat = info?.Bounds;
        Attribution = info?.Attribution;
    }

    /// <summary>The folder (absolute).</summary>
    public string Root { get; }

    /// <inheritdoc />
    public string Name => Path.GetFileName(Root.TrimEnd(Path.DirectorySeparatorChar));

    /// <inheritdoc />
    public int MinZoom { get; }

    /// <inheritdoc />
    public int MaxZoom { get; }

    /// <inheritdoc />
    public Envelope? BoundsLonLat { get; }

    /// <inheritdoc />
    public string? Attribution { get; }

    /// <inheritdoc />
    public byte[]? ReadTile(int zoom, int x, int y)
    {
        var stem = Path.Combine(Root, zoom.ToString(CultureInfo.InvariantCulture), x.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture));
        foreach (var ext in Extensions)
        {
            var path = stem + ext;
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }
        }

        return null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Nothing held open.
    }
}
