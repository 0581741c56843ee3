using ProjectMap.Tiles.Grids;

namespace ProjectMap.Tiles.Output;

/// <summary>
/// One pyramid's storage: its tiles, its manifest and its TileJSON. A folder (<c>{z}/{x}/{y}.png</c>, <c>tilejson.json</c>,
/// <c>manifest.json</c>) or an MBTiles file (tiles, metadata and the manifest in one SQLite file).
/// </summary>
public interface ITilePyramidStore : ITileSink, IDisposable
{
    /// <summary>Where it is (a folder or a file path).</summary>
    string Location { get; }

    /// <summary>The manifest of the last build, or null.</summary>
    PyramidManifest? ReadManifest();

    /// <summary>Removes every tile (before a full rebuild).</summary>
    void Clear();

    /// <summary>A tile's encoded bytes, or null.</summary>
    byte[]? Read(TileId tile);

    /// <summary>Every tile stored.</summary>
    IReadOnlyList<TileId> List();

    /// <summary>Records the build: the manifest and the TileJSON document (JSON text); for MBTiles also its metadata rows.</summary>
    void Finish(PyramidManifest manifest, string tileJson);
}
