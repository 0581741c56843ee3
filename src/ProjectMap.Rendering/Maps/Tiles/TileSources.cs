namespace ProjectMap.Rendering.Maps.Tiles;

/// <summary>Opens a tile source by what the path is: an <c>.mbtiles</c> file or an XYZ folder.</summary>
public static class TileSources
{
    /// <summary>Opens <paramref name="path"/>; throws <see cref="FileNotFoundException"/>, <see cref="DirectoryNotFoundException"/> or <see cref="InvalidDataException"/> saying what is wrong.</summary>
    public static ITileSource Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return path.EndsWith(".mbtiles", StringComparison.OrdinalIgnoreCase) ? new MbTilesTileSource(path) : new XyzFolderTileSource(path);
    }
}
