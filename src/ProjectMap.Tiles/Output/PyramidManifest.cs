using System.Text.Json;
using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;

namespace ProjectMap.Tiles.Output;

/// <summary>
/// What a pyramid was built from and how: the settings (grid, format, zooms, tiler version) and every photo with its
/// fingerprint and footprint. A rebuild compares it with the photos now stored: the same settings and photos mean nothing
/// to do; otherwise only the tiles touched by added, removed or changed photos are rendered again.
/// </summary>
public sealed record PyramidManifest
{
    /// <summary>The tiler's rendering version: a manifest from another version means a full rebuild (2: vectorised kernel and our own PNG encoder).</summary>
    public const int CurrentTilerVersion = 2;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly GeometryFactory LonLatFactory = new(new PrecisionModel(), 4490);

    /// <summary>The tiler version that built it.</summary>
    public int TilerVersion { get; init; } = CurrentTilerVersion;

    /// <summary>The grid id ("webmercator" or "cgcs2000").</summary>
    public required string Grid { get; init; }

    /// <summary>"png" or "webp".</summary>
    public required string Format { get; init; }

    /// <summary>Lowest zoom level.</summary>
    public int MinZoom { get; init; }

    /// <summary>Highest zoom level.</summary>
    public int MaxZoom { get; init; }

    /// <summary>The project code, for monthly mosaics.</summary>
    public string? Project { get; init; }

    /// <summary>The month "yyyy-MM", for monthly mosaics.</summary>
    public string? Month { get; init; }

    /// <summary>When it was last built (UTC).</summary>
    public DateTimeOffset BuiltAt { get; init; }

    /// <summary>The photos.</summary>
    public IReadOnlyList<ManifestPhoto> Photos { get; init; } = [];

    /// <summary>True when a pyramid with these settings can be updated incrementally from this manifest.</summary>
    public bool SameSettings(string grid, string format, int minZoom, int maxZoom) =>
        TilerVersion == CurrentTilerVersion && Grid == grid && Format == format && MinZoom == minZoom && MaxZoom == maxZoom;

    /// <summary>A stored photo's footprint as a polygon (lon/lat, SRID 4490).</summary>
    public static Polygon FootprintOf(ManifestPhoto photo)
    {
        ArgumentNullException.ThrowIfNull(photo);
        return LonLatFactory.CreatePolygon(photo.Footprint.Select(p => new Coordinate(p[0], p[1])).ToArray());
    }

    /// <summary>The manifest as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Reads a manifest; null when the text is not one (a damaged manifest means a full rebuild).</summary>
    public static PyramidManifest? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<PyramidManifest>(json, JsonOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
