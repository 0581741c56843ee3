using System.Globalization;
using ProjectMap.Tiles.Grids;

namespace ProjectMap.Tiles.Output;

/// <summary>
/// A pyramid as a folder: <c>{z}/{x}/{y}.{png|webp}</c>, <c>tilejson.json</c> and <c>manifest.json</c>. Every file is
/// written to a temporary name and renamed into place, so a web server reading the folder never sees half a tile.
/// </summary>
public sealed class DirectoryPyramidStore : ITilePyramidStore
{
    /// <summary>The TileJSON file name.</summary>
    public const string TileJsonName = "tilejson.json";

    /// <summary>The manifest file name.</summary>
    public const string ManifestName = "manifest.json";

    private readonly string _extension;

    /// <summary>Opens (creating) the folder for tiles of a format.</summary>
    public DirectoryPyramidStore(string folder, TileFormat format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Location = Path.GetFullPath(folder);
        _extension = format.Extension();
        Directory.CreateDirectory(Location);
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <summary>The path of a tile's file.</summary>
    public string PathOf(TileId tile) => Path.Combine(
        Location, tile.Z.ToString(CultureInfo.InvariantCulture), tile.X.ToString(CultureInfo.InvariantCulture), tile.Y.ToString(CultureInfo.InvariantCulture) + "." + _extension);

    /// <inheritdoc />
    public void Write(TileId tile, byte[] encoded)
    {
        var path = PathOf(tile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        WriteAtomically(path, encoded);
    }

    /// <inheritdoc />
    public void Delete(TileId tile) => File.Delete(PathOf(tile));

    /// <inheritdoc />
    public byte[]? Read(TileId tile)
    {
        var path = PathOf(tile);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<TileId> List()
    {
        var tiles = new List<TileId>();
        foreach (var zDir in Directory.EnumerateDirectories(Location))
        {
            if (!int.TryParse(Path.GetFileName(zDir), NumberStyles.None, CultureInfo.InvariantCulture, out var z))
            {
                continue;
            }

            foreach (var xDir in Directory.EnumerateDirectories(zDir))
            {
                if (!int.TryParse(Path.GetFileName(xDir), NumberStyles.None, CultureInfo.InvariantCulture, out var x))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(xDir, "*." + _extension))
                {
                    if (int.TryParse(Path.GetFileNameWithoutExtension(file), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                    {
                        tiles.Add(new TileId(z, x, y));
                    }
                }
            }
        }

        tiles.Sort();
        return tiles;
    }

    /// <inheritdoc />
    public PyramidManifest? ReadManifest()
    {
        var path = Path.Combine(Location, ManifestName);
        return File.Exists(path) ? PyramidManifest.FromJson(File.ReadAllText(path)) : null;
    }

    /// <inheritdoc />
    public void Clear()
    {
        foreach (var zDir in Directory.EnumerateDirectories(Location))
        {
            if (int.TryParse(Path.GetFileName(zDir), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                Directory.Delete(zDir, recursive: true);
            }
        }

        File.Delete(Path.Combine(Location, ManifestName));
    }

    /// <inheritdoc />
    public void Finish(PyramidManifest manifest, string tileJson)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        WriteAtomically(Path.Combine(Location, TileJsonName), System.Text.Encoding.UTF8.GetBytes(tileJson));
        WriteAtomically(Path.Combine(Location, ManifestName), System.Text.Encoding.UTF8.GetBytes(manifest.ToJson()));
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temp = string.Create(CultureInfo.InvariantCulture, $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
