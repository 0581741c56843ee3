namespace ProjectMap.Tiles.Output;

/// <summary>The image format tiles are written in.</summary>
public enum TileFormat
{
    /// <summary>PNG, lossless with alpha (the default).</summary>
    Png,

    /// <summary>WebP, lossy at quality 90 with alpha: about a third of PNG's size for photos.</summary>
    Webp,
}
