using System.Globalization;
using System.Text.Json.Nodes;
using ProjectMap.Tiles.Catalog;

namespace ProjectMap.Web.Pyramids;

/// <summary>
/// The projects' monthly drone imagery as XYZ tiles (Web Mercator, 256 px, rows from the north), read from the
/// pyramids <c>projectmap tiles build</c> writes under <see cref="ViewerOptions.TilesRoot"/>:
/// <c>GET /api/tiles[?project=]</c> lists them (project, month, zooms, bounds in degrees, photos, URLs),
/// <c>GET /tiles/{project}/{yyyy-MM}/{z}/{x}/{y}.png</c> serves one tile (404 where the pyramid has none: outside the
/// photos) and <c>GET /tiles/{project}/{yyyy-MM}/tilejson.json</c> describes a pyramid (TileJSON 3.0.0 with absolute
/// tile URLs, for QGIS and other clients). All need read access like every other read.
/// </summary>
public static class TileEndpoints
{
    private const string Grid = "webmercator";

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app, ViewerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var catalog = options.TilesRoot is null ? null : new TilePyramidCatalog(options.TilesRoot);
        IEnumerable<TilePyramidInfo> List() =>
            (catalog?.List() ?? []).Where(p => p.Grid == Grid).OrderBy(p => p.Project, StringComparer.Ordinal).ThenBy(p => p.Month, StringComparer.Ordinal);

        app.MapGet("/api/tiles", (HttpContext c) =>
        {
            var project = c.Request.Query["project"].ToString();
            var list = List().Where(p => project.Length == 0 || p.Project == project);
            return Results.Json(new JsonArray([.. list.Select(p => (JsonNode)Describe(p))]));
        });

        app.MapGet("/tiles/{project}/{month}/tilejson.json", (string project, string month, HttpContext c) =>
        {
            if (List().FirstOrDefault(p => p.Project == project && p.Month == month) is not { } p)
            {
                return Results.Json(new { error = $"no imagery tiles of {project} for {month}" }, statusCode: StatusCodes.Status404NotFound);
            }

            var origin = $"{c.Request.Scheme}://{c.Request.Host}{c.Request.PathBase}";
            var doc = new JsonObject
            {
                ["tilejson"] = "3.0.0",
                ["name"] = $"{p.Project} {p.Month}",
                ["description"] = $"Drone imagery of project {p.Project}, {p.Month} (monthly mosaic of {p.Photos.ToString(CultureInfo.InvariantCulture)} photos)",
                ["attribution"] = ProjectMap.Tiles.Output.TileJson.Attribution,
                ["scheme"] = "xyz",
                ["tiles"] = new JsonArray(origin + TileUrl(p)),
                ["minzoom"] = p.MinZoom,
                ["maxzoom"] = p.MaxZoom,
                ["bounds"] = new JsonArray(p.West, p.South, p.East, p.North),
                ["center"] = new JsonArray((p.West + p.East) / 2, (p.South + p.North) / 2, (p.MinZoom + p.MaxZoom) / 2),
            };
            return Results.Text(doc.ToJsonString(), "application/json");
        });

        app.MapGet("/tiles/{project}/{month}/{z:int}/{x:int}/{y:int}.{extension}", (string project, string month, int z, int x, int y, string extension, HttpContext c) =>
        {
            var tile = catalog?.ReadTile(project, month, Grid, z, x, y);
            if (tile is null || !tile.MimeType.EndsWith("/" + extension.ToLowerInvariant(), StringComparison.Ordinal))
            {
                return Results.NotFound();
            }

            // Pyramids are rebuilt when a month's photos change: browsers keep a tile for five minutes.
            c.Response.Headers.CacheControl = "private, max-age=300";
            return Results.Bytes(tile.Bytes, tile.MimeType);
        });
    }

    private static string TileUrl(TilePyramidInfo p) => $"/tiles/{Uri.EscapeDataString(p.Project)}/{p.Month}/{{z}}/{{x}}/{{y}}.{p.Format}";

    private static JsonObject Describe(TilePyramidInfo p) => new()
    {
        ["project"] = p.Project,
        ["month"] = p.Month,
        ["format"] = p.Format,
        ["minZoom"] = p.MinZoom,
        ["maxZoom"] = p.MaxZoom,
        ["bounds"] = new JsonArray(p.West, p.South, p.East, p.North),
        ["photos"] = p.Photos,
        ["builtAt"] = p.BuiltAt.ToString("o", CultureInfo.InvariantCulture),
        ["tiles"] = TileUrl(p),
        ["tilejson"] = $"/tiles/{Uri.EscapeDataString(p.Project)}/{p.Month}/tilejson.json",
    };
}
