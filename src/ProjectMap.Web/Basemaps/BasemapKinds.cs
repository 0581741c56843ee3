namespace ProjectMap.Web.Basemaps;

/// <summary>The names of <see cref="BasemapKind"/> in settings files and on the command line.</summary>
public static class BasemapKinds
{
    /// <summary>Every accepted name with its kind, in the order help texts list them.</summary>
    public static IReadOnlyList<(string Name, BasemapKind Kind)> All { get; } =
    [
        ("tianditu-vec", BasemapKind.TiandituVector),
        ("tianditu-img", BasemapKind.TiandituImagery),
        ("osm", BasemapKind.Osm),
        ("gaode-vec", BasemapKind.GaodeVector),
        ("gaode-img", BasemapKind.GaodeImagery),
        ("xyz", BasemapKind.Xyz),
    ];

    /// <summary>Parses a name (any case) and throws <see cref="FormatException"/> listing the accepted names otherwise.</summary>
    public static BasemapKind Parse(string? name)
    {
        foreach (var (n, kind) in All)
        {
            if (string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        throw new FormatException($"unknown basemap '{name}': use one of {string.Join(", ", All.Select(a => a.Name))}");
    }

    /// <summary>The name of a kind.</summary>
    public static string Name(BasemapKind kind) => All.First(a => a.Kind == kind).Name;
}
