using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using ProjectMap.Geodesy.Crs;

namespace ProjectMap.Application.Projects.Import;

/// <summary>
/// Reads a GeoJSON FeatureCollection (or a single Feature). RFC 7946 GeoJSON is WGS84 lon/lat; the obsolete
/// <c>"crs"</c> member some Chinese GIS exports still write (e.g. <c>urn:ogc:def:crs:EPSG::4549</c>) is honoured.
/// Nested property values (arrays, objects) are kept as JSON text.
/// </summary>
public static class GeoJsonParcelReader
{
    private static readonly JsonSerializerOptions GeometryOptions = CreateOptions();

    /// <summary>Reads a file; throws <see cref="ImportException"/> naming the file when it is not GeoJSON.</summary>
    public static SourceFile Read(string path)
    {
        JsonDocument doc;
        try
        {
            using var stream = File.OpenRead(path);
            doc = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            throw new ImportException(new ImportProblem(path, 0, null, $"not valid JSON: {e.Message}"));
        }

        using (doc)
        {
            var root = doc.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) ? t.GetString() : null;
            IEnumerable<JsonElement> features = type switch
            {
                "FeatureCollection" when root.TryGetProperty("features", out var fs) && fs.ValueKind == JsonValueKind.Array => fs.EnumerateArray(),
                "Feature" => [root],
                _ => throw new ImportException(new ImportProblem(path, 0, null, "not a GeoJSON FeatureCollection or Feature")),
            };

            var list = new List<SourceFeature>();
            var problems = new List<ImportProblem>();
            var n = 0;
            foreach (var f in features)
            {
                n++;
                var attributes = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                if (f.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in props.EnumerateObject())
                    {
                        attributes[p.Name] = ToValue(p.Value);
                    }
                }

                Geometry? geometry = null;
                if (f.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object)
                {
                    try
                    {
                        geometry = g.Deserialize<Geometry>(GeometryOptions);
                    }
                    catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
                    {
                        problems.Add(new ImportProblem(path, n, null, $"geometry cannot be read: {e.Message}"));
                        continue;
                    }
                }

                list.Add(new SourceFeature(n, geometry, attributes));
            }

            if (problems.Count > 0)
            {
                throw new ImportException(problems);
            }

            return new SourceFile(path, list, DeclaredCrs(root, path));
        }
    }

    private static SupportedCrs DeclaredCrs(JsonElement root, string path)
    {
        if (root.TryGetProperty("crs", out var crs) && crs.ValueKind == JsonValueKind.Object &&
            crs.TryGetProperty("properties", out var p) && p.TryGetProperty("name", out var nameElement) && nameElement.GetString() is { } name)
        {
            // urn:ogc:def:crs:EPSG::4549, EPSG:4549, urn:ogc:def:crs:OGC:1.3:CRS84
            if (name.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase))
            {
                return SupportedCrs.Wgs84;
            }

            var code = name[(name.LastIndexOf(':') + 1)..];
            try
            {
                return SupportedCrs.Parse(code);
            }
            catch (UnsupportedCrsException e)
            {
                throw new ImportException(new ImportProblem(path, 0, null, $"declares CRS '{name}': {e.Message}"));
            }
        }

        return SupportedCrs.Wgs84;
    }

    private static object? ToValue(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetDecimal(out var d) ? d : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => e.GetRawText(),
    };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
