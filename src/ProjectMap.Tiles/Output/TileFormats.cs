namespace ProjectMap.Tiles.Output;

/// <summary>File extensions, MIME types and parsing of <see cref="TileFormat"/>.</summary>
public static class TileFormats
{
    /// <summary>"png" or "webp".</summary>
    public static string Extension(this TileFormat format) => format == TileFormat.Webp ? "webp" : "png";

    /// <summary>"image/png" or "image/webp".</summary>
    public static string MimeType(this TileFormat format) => format == TileFormat.Webp ? "image/webp" : "image/png";

    /// <summary>Parses "png" or "webp" (any case); throws <see cref="FormatException"/> otherwise.</summary>
    public static TileFormat Parse(string text) => text?.ToUpperInvariant() switch
    {
        "PNG" => TileFormat.Png,
        "WEBP" => TileFormat.Webp,
        _ => throw new FormatException($"unknown tile format '{text}': use png or webp"),
    };
}
