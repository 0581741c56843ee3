namespace ProjectMap.Web.Basemaps;

/// <summary>One configured basemap, as the settings file or the command line gives it.</summary>
public sealed record BasemapSettings
{
    /// <summary>A short id unique among the basemaps, for example "tianditu-img".</summary>
    public required string Id { get; init; }

    /// <summary>Which service it is.</summary>
    public required BasemapKind Kind { get; init; }

    /// <summary>The Tianditu key (tk); required for the Tianditu kinds.</summary>
    public string? Key { get; init; }

    /// <summary>For <see cref="BasemapKind.Xyz"/>: the URL template with {z}, {x}, {y} (and optionally {a-c} or {1-4} host ranges).</summary>
    public string? Url { get; init; }

    /// <summary>For <see cref="BasemapKind.Xyz"/>: true when the tiles are drawn in GCJ-02 (like Gaode's), false for WGS84/CGCS2000.</summary>
    public bool Gcj02 { get; init; }

    /// <summary>The Chinese name to show, or null for the kind's default.</summary>
    public string? NameZh { get; init; }

    /// <summary>The English name to show, or null for the kind's default.</summary>
    public string? NameEn { get; init; }

    /// <summary>The credit line to show on the map, or null for the kind's default.</summary>
    public string? Attribution { get; init; }

    /// <summary>The deepest zoom level the service has, or null for the kind's default (18).</summary>
    public int? MaxZoom { get; init; }
}
