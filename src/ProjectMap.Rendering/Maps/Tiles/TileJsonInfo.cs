using System.Text.Json;
using NetTopologySuite.Geometries;

namespace ProjectMap.Rendering.Maps.Tiles;

/// <summary>What a TileJSON file (tilejson.json beside a pyramid) says about zooms, bounds and attribution; absent members are null.</summary>
/// <param name="MinZoom">"minzoom".</param>
/// <param name="MaxZoom">"maxzoom".</param>
/// <param name="Bounds">"bounds" [west, south, east, north] in degrees.</param>
/// <param name="Attribution">"attribution".</param>
public sealed record TileJsonInfo(int? MinZoom, int? MaxZoom, Envelope? Bounds, string? Attribution)
{
    /// <summary>Reads <paramref name="path"/>; null when the file does not exist; throws <see cref="InvalidDataException"/> when it is not TileJSON.</summary>
    public static TileJsonInfo? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            int? Int(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
            Envelope? bounds = null;
            if (root.TryGetProperty("bounds", out var b) && b.ValueKind == JsonValueKind.Array && b.GetArrayLength() == 4)
            {
                bounds = new Envelope(b[0].GetDouble(), b[2].GetDouble(), b[1].GetDouble(), b[3].GetDouble());
            }

            var attribution = root.TryGetProperty("attribution", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
            return new TileJsonInfo(Int("minzoom"), Int("maxzoom"), bounds, attribution);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{path}: not a TileJSON file: {e.Message}", e);
        }
    }
}
