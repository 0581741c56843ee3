using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using ProjectMap.Tiles.Grids;

namespace ProjectMap.Tiles.Output;

/// <summary>
/// TileJSON 3.0.0 documents for ProjectMap's pyramids: relative tile URL <c>{z}/{x}/{y}.png</c>, scheme xyz, bounds
/// (west, south, east, north in degrees), centre, zooms and attribution; a <c>projectmap</c> member names the project,
/// month, grid (with its EPSG code: 3857, or 4490 for the Tianditu <c>_c</c> grid, which TileJSON itself cannot express)
/// and the photos used.
/// </summary>
public static class TileJson
{
    /// <summary>The attribution line every pyramid carries.</summary>
    public const string Attribution = "ProjectMap drone imagery (航拍)";

    /// <summary>Writes the document for a pyramid.</summary>
    public static string Write(string name, string description, ITileGrid grid, TileFormat format, ZoomRange zooms, Envelope bounds, PyramidManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(bounds);
        ArgumentNullException.ThrowIfNull(manifest);
        var centreZoom = Math.Clamp((zooms.Min + zooms.Max) / 2, zooms.Min, zooms.Max);
        var doc = new JsonObject
        {
            ["tilejson"] = "3.0.0",
            ["name"] = name,
            ["description"] = description,
            ["version"] = "1.0.0",
            ["attribution"] = Attribution,
            ["scheme"] = "xyz",
            ["tiles"] = new JsonArray("{z}/{x}/{y}." + format.Extension()),
            ["minzoom"] = zooms.Min,
            ["maxzoom"] = zooms.Max,
            ["bounds"] = new JsonArray(bounds.MinX, bounds.MinY, bounds.MaxX, bounds.MaxY),
            ["center"] = new JsonArray(bounds.Centre.X, bounds.Centre.Y, centreZoom),
            ["projectmap"] = new JsonObject
            {
                ["project"] = manifest.Project,
                ["month"] = manifest.Month,
                ["grid"] = grid.Id,
                ["epsg"] = grid.Epsg,
                ["tileSize"] = grid.TileSizePx,
                ["format"] = format.Extension(),
                ["photos"] = new JsonArray(manifest.Photos.Select(p => (JsonNode)new JsonObject { ["id"] = p.Id, ["name"] = p.Name, ["georeference"] = p.Georeference }).ToArray()),
            },
        };
        return doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
