using ProjectMap.Web.Basemaps;

namespace ProjectMap.Web.Api;

/// <summary><c>GET /api/config</c>: title, basemaps (none unless configured), capabilities and the stage order.</summary>
public static class ConfigEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder app, ViewerOptions options, IReadOnlyList<ClientBasemap> basemaps)
    {
        ArgumentNullException.ThrowIfNull(options);
        app.MapGet("/api/config", () => Results.Json(new
        {
            title = options.Title,
            basemaps,
            defaultBasemap = options.DefaultBasemap is null or "none" ? null : options.DefaultBasemap,
            capabilities = ViewerCapabilities.Current,
            stages = StageCatalog.Default.Select(s => new { zh = s.Zh, en = s.En }),
            anonymousRead = options.AllowAnonymousRead,
        }));
    }
}
