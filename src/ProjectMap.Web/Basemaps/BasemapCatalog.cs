namespace ProjectMap.Web.Basemaps;

/// <summary>
/// Turns configured basemaps into what the browser needs (tile URL templates, datum, credit) and the origins the
/// Content-Security-Policy must allow. Nothing outside loopback is ever requested unless it is configured here.
/// </summary>
public static class BasemapCatalog
{
    /// <summary>Checks every basemap and throws <see cref="ArgumentException"/> naming the first problem (missing key or URL, duplicate id, bad scheme).</summary>
    public static void Validate(IReadOnlyList<BasemapSettings> basemaps, string? defaultId)
    {
        ArgumentNullException.ThrowIfNull(basemaps);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in basemaps)
        {
            if (string.IsNullOrWhiteSpace(b.Id) || !ids.Add(b.Id))
            {
                throw new ArgumentException($"basemap id '{b.Id}' is empty or used twice");
            }

            if (b.Kind is BasemapKind.TiandituVector or BasemapKind.TiandituImagery && string.IsNullOrWhiteSpace(b.Key))
            {
                throw new ArgumentException($"basemap '{b.Id}': Tianditu needs its key (tk); give --tianditu-key or \"key\" in the settings file");
            }

            if (b.Kind == BasemapKind.Xyz)
            {
                if (string.IsNullOrWhiteSpace(b.Url) || !b.Url.Contains("{z}", StringComparison.Ordinal) || !b.Url.Contains("{x}", StringComparison.Ordinal)
                    || !(b.Url.Contains("{y}", StringComparison.Ordinal) || b.Url.Contains("{-y}", StringComparison.Ordinal)))
                {
                    throw new ArgumentException($"basemap '{b.Id}': an XYZ basemap needs a URL template with {{z}}, {{x}} and {{y}}, e.g. http://tiles.intranet/{{z}}/{{x}}/{{y}}.png");
                }

                if (!b.Url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !b.Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException($"basemap '{b.Id}': the URL must start with http:// or https://");
                }
            }
        }

        if (defaultId is not null && defaultId != "none" && !ids.Contains(defaultId))
        {
            throw new ArgumentException($"default basemap '{defaultId}' is not one of the configured basemaps ({(ids.Count == 0 ? "none configured" : string.Join(", ", ids))})");
        }
    }

    /// <summary>The browser's view of a configured basemap.</summary>
    public static ClientBasemap ToClient(BasemapSettings b)
    {
        ArgumentNullException.ThrowIfNull(b);
        const string tiandituCredit = "© 天地图 国家地理信息公共服务平台 (Tianditu)";
        const string gaodeCredit = "© 高德地图 AutoNavi";
        var maxZoom = b.MaxZoom ?? 18;
        return b.Kind switch
        {
            BasemapKind.TiandituVector => new(b.Id, b.NameZh ?? "天地图 矢量", b.NameEn ?? "Tianditu map", "wgs84",
                [Same(Tianditu("vec", b.Key!)), new ClientTileLayer(Tianditu("cva", b.Key!), Tianditu("eva", b.Key!))], b.Attribution ?? tiandituCredit, maxZoom),
            BasemapKind.TiandituImagery => new(b.Id, b.NameZh ?? "天地图 影像", b.NameEn ?? "Tianditu imagery", "wgs84",
                [Same(Tianditu("img", b.Key!)), new ClientTileLayer(Tianditu("cia", b.Key!), Tianditu("eia", b.Key!))], b.Attribution ?? tiandituCredit, maxZoom),
            BasemapKind.Osm => new(b.Id, b.NameZh ?? "OpenStreetMap", b.NameEn ?? "OpenStreetMap", "wgs84",
                [Same("https://tile.openstreetmap.org/{z}/{x}/{y}.png")], b.Attribution ?? "© OpenStreetMap contributors", b.MaxZoom ?? 19),
            BasemapKind.GaodeVector => new(b.Id, b.NameZh ?? "高德 地图", b.NameEn ?? "Gaode map", "gcj02",
                [new ClientTileLayer(
                    "https://webrd0{1-4}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}",
                    "https://webrd0{1-4}.is.autonavi.com/appmaptile?lang=en&size=1&scale=1&style=8&x={x}&y={y}&z={z}")], b.Attribution ?? gaodeCredit, maxZoom),
            BasemapKind.GaodeImagery => new(b.Id, b.NameZh ?? "高德 影像", b.NameEn ?? "Gaode imagery", "gcj02",
                [Same("https://webst0{1-4}.is.autonavi.com/appmaptile?style=6&x={x}&y={y}&z={z}")], b.Attribution ?? gaodeCredit, maxZoom),
            BasemapKind.Xyz => new(b.Id, b.NameZh ?? b.Id, b.NameEn ?? b.Id, b.Gcj02 ? "gcj02" : "wgs84", [Same(b.Url!)], b.Attribution ?? string.Empty, maxZoom),
            _ => throw new ArgumentOutOfRangeException(nameof(b), b.Kind, "unknown basemap kind"),
        };
    }

    /// <summary>
    /// The origins (scheme://host[:port]) the browser must be allowed to load tiles from, for the Content-Security-Policy;
    /// a host with a range such as <c>t{0-7}.tianditu.gov.cn</c> becomes <c>*.tianditu.gov.cn</c>.
    /// </summary>
    public static IReadOnlyList<string> Origins(IEnumerable<ClientBasemap> basemaps)
    {
        ArgumentNullException.ThrowIfNull(basemaps);
        var origins = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var url in basemaps.SelectMany(b => b.Layers).SelectMany(l => new[] { l.UrlZh, l.UrlEn }))
        {
            var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
            var hostEnd = url.IndexOf('/', schemeEnd + 3);
            var host = hostEnd < 0 ? url[(schemeEnd + 3)..] : url[(schemeEnd + 3)..hostEnd];
            if (host.Contains('{', StringComparison.Ordinal))
            {
                var dot = host.IndexOf('.', StringComparison.Ordinal);
                host = "*" + host[dot..];
            }

            origins.Add(url[..(schemeEnd + 3)] + host);
        }

        return [.. origins];
    }

    private static ClientTileLayer Same(string url) => new(url, url);

    private static string Tianditu(string layer, string key) =>
        $"https://t{{0-7}}.tianditu.gov.cn/{layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER={layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles"
        + $"&TILEMATRIX={{z}}&TILEROW={{y}}&TILECOL={{x}}&tk={Uri.EscapeDataString(key)}";
}
