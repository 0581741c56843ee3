namespace ProjectMap.Tiles.Catalog;

/// <summary>A tile's encoded bytes and their MIME type ("image/png" or "image/webp").</summary>
/// <param name="Bytes">The encoded image.</param>
/// <param name="MimeType">Its MIME type.</param>
public sealed record TileContent(byte[] Bytes, string MimeType);
