using System.Globalization;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Projects;
using ProjectMap.Web.Api;

namespace ProjectMap.Web.Ogc;

/// <summary>
/// OGC API – Features Part 1 (core, GeoJSON, OpenAPI 3.0) under <c>/ogc</c>, so QGIS and GDAL (<c>ogrinfo OAPIF:http://host/ogc</c>)
/// read the projects: landing page, conformance, collections, the <c>projects</c> collection and its items with
/// <c>bbox</c>, <c>limit</c> and <c>offset</c> and next/prev links. Coordinates are CRS84 (lon/lat; CGCS2000 ≈ WGS84).
/// </summary>
public static class OgcEndpoints
{
    /// <summary>The CRS of every geometry served: OGC CRS84 (longitude, latitude in degrees).</summary>
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    /// <summary>The default page size.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The largest page size; larger requests are served this many.</summary>
    public const int MaxLimit = 1000;

    private const string Json = "application/json";
    private const string GeoJsonType = "application/geo+json";

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var ogc = app.MapGroup("/ogc");
        ogc.MapGet("/", (HttpContext c) => Send(new JsonObject
        {
            ["title"] = "ProjectMap 重点项目 OGC API – Features",
            ["description"] = "District key projects (重点项目) and their land parcels, CRS84 longitude/latitude (CGCS2000).",
            ["links"] = new JsonArray(
                Link(c, "/ogc", "self", Json, "This document"),
                Link(c, "/ogc/api", "service-desc", "application/vnd.oai.openapi+json;version=3.0", "The API definition"),
                Link(c, "/ogc/conformance", "conformance", Json, "Conformance classes"),
                Link(c, "/ogc/collections", "data", Json, "Feature collections")),
        }, Json));

        ogc.MapGet("/conformance", () => Send(new JsonObject
        {
            ["conformsTo"] = new JsonArray(
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30"),
        }, Json));

        ogc.MapGet("/api", (HttpContext c) => Send(OgcOpenApi.Document(Href(c, "/ogc")), "application/vnd.oai.openapi+json;version=3.0"));

        ogc.MapGet("/collections", async (HttpContext c, IProjectMapStore store) => Send(new JsonObject
        {
            ["links"] = new JsonArray(Link(c, "/ogc/collections", "self", Json, "Feature collections")),
            ["collections"] = new JsonArray(await ProjectsCollectionAsync(c, store).ConfigureAwait(false)),
        }, Json));

        ogc.MapGet("/collections/{collectionId}", async (string collectionId, HttpContext c, IProjectMapStore store) =>
            collectionId == "projects" ? Send(await ProjectsCollectionAsync(c, store).ConfigureAwait(false), Json) : NoCollection(collectionId));

        ogc.MapGet("/collections/{collectionId}/items", async (string collectionId, HttpContext c, IProjectMapStore store) =>
        {
            if (collectionId != "projects")
            {
                return NoCollection(collectionId);
            }

            var query = c.Request.Query;
            if (query.TryGetValue("f", out var f) && f.ToString() is not ("json" or "geojson"))
            {
                return ApiErrors.Error(StatusCodes.Status400BadRequest, "only f=json (GeoJSON) is offered", "bad-format");
            }

            if (query.TryGetValue("bbox-crs", out var bboxCrs) && bboxCrs.ToString() != Crs84)
            {
                return ApiErrors.Error(StatusCodes.Status400BadRequest, $"bbox-crs must be {Crs84}", "bad-crs");
            }

            var limit = DefaultLimit;
            if (query.TryGetValue("limit", out var l) && (!int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
            {
                return ApiErrors.Error(StatusCodes.Status400BadRequest, "limit must be a whole number of at least 1", "bad-limit");
            }

            limit = Math.Min(limit, MaxLimit);
            var offset = 0;
            if (query.TryGetValue("offset", out var o) && (!int.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
            {
                return ApiErrors.Error(StatusCodes.Status400BadRequest, "offset must be a whole number of at least 0", "bad-offset");
            }

            IEnumerable<Project> matched;
            if (query.TryGetValue("bbox", out var b))
            {
                if (!BboxParameter.TryParse(b.ToString(), out var box, out var problem))
                {
                    return ApiErrors.Error(StatusCodes.Status400BadRequest, problem, "bad-bbox");
                }

                var boxGeometry = new GeometryFactory().ToGeometry(box);
                matched = (await store.Projects.FindInEnvelopeAsync(box, c.RequestAborted).ConfigureAwait(false)).Where(p => p.Parcel.Intersects(boxGeometry));
            }
            else
            {
                matched = await store.Projects.ListAsync(c.RequestAborted).ConfigureAwait(false);
            }

            var all = matched.ToList();
            var page = all.Skip(offset).Take(limit).ToList();
            var collection = ProjectFeatures.Collection(page, snakeCase: true);
            collection["numberMatched"] = all.Count;
            collection["numberReturned"] = page.Count;
            collection["timeStamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            var links = new JsonArray(
                ItemsLink(c, offset, limit, "self", "This page"),
                Link(c, "/ogc/collections/projects", "collection", Json, "The collection"));
            if (offset + page.Count < all.Count)
            {
                links.Add(ItemsLink(c, offset + limit, limit, "next", "Next page"));
            }

            if (offset > 0)
            {
                links.Add(ItemsLink(c, Math.Max(0, offset - limit), limit, "prev", "Previous page"));
            }

            collection["links"] = links;
            return Send(collection, GeoJsonType);
        });

        ogc.MapGet("/collections/{collectionId}/items/{featureId}", async (string collectionId, string featureId, HttpContext c, IProjectMapStore store) =>
        {
            if (collectionId != "projects")
            {
                return NoCollection(collectionId);
            }

            var project = ProjectCode.TryParse(featureId, out var code, out _) ? await store.Projects.FindAsync(code, c.RequestAborted).ConfigureAwait(false) : null;
            if (project is null)
            {
                return ApiErrors.Error(StatusCodes.Status404NotFound, $"no feature '{featureId}' in collection projects", "not-found");
            }

            var feature = ProjectFeatures.Feature(project, snakeCase: true);
            feature["links"] = new JsonArray(
                Link(c, $"/ogc/collections/projects/items/{Uri.EscapeDataString(code.Value)}", "self", GeoJsonType, "This feature"),
                Link(c, "/ogc/collections/projects", "collection", Json, "The collection"));
            return Send(feature, GeoJsonType);
        });
    }

    private static async Task<JsonObject> ProjectsCollectionAsync(HttpContext c, IProjectMapStore store)
    {
        var projects = await store.Projects.ListAsync(c.RequestAborted).ConfigureAwait(false);
        var extent = new Envelope();
        foreach (var p in projects.Where(p => !p.Parcel.IsEmpty))
        {
            extent.ExpandToInclude(p.Parcel.EnvelopeInternal);
        }

        var bbox = extent.IsNull ? new JsonArray(-180, -90, 180, 90) : new JsonArray(extent.MinX, extent.MinY, extent.MaxX, extent.MaxY);
        return new JsonObject
        {
            ["id"] = "projects",
            ["title"] = "重点项目 Key projects",
            ["description"] = "Key construction projects with their land parcels: name, park, planned investment (万元), areas (m², 亩), stage.",
            ["itemType"] = "feature",
            ["crs"] = new JsonArray(Crs84),
            ["storageCrs"] = Crs84,
            ["extent"] = new JsonObject { ["spatial"] = new JsonObject { ["bbox"] = new JsonArray(bbox), ["crs"] = Crs84 } },
            ["links"] = new JsonArray(
                Link(c, "/ogc/collections/projects", "self", Json, "This collection"),
                Link(c, "/ogc/collections/projects/items", "items", GeoJsonType, "The projects as GeoJSON")),
        };
    }

    private static IResult NoCollection(string id) => ApiErrors.Error(StatusCodes.Status404NotFound, $"no collection '{id}'; the collections are: projects", "not-found");

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static IResult Send(JsonNode body, string contentType) => Results.Text(body.ToJsonString(Readable), contentType, System.Text.Encoding.UTF8);

    private static string Href(HttpContext c, string path) => $"{c.Request.Scheme}://{c.Request.Host}{c.Request.PathBase}{path}";

    private static JsonObject Link(HttpContext c, string path, string rel, string type, string title) => new()
    {
        ["href"] = Href(c, path),
        ["rel"] = rel,
        ["type"] = type,
        ["title"] = title,
    };

    private static JsonObject ItemsLink(HttpContext c, int offset, int limit, string rel, string title)
    {
        var query = new List<string> { FormattableString.Invariant($"limit={limit}"), FormattableString.Invariant($"offset={offset}") };
        if (c.Request.Query.TryGetValue("bbox", out var bbox))
        {
            query.Add("bbox=" + Uri.EscapeDataString(bbox.ToString()));
        }

        return Link(c, "/ogc/collections/projects/items?" + string.Join('&', query), rel, GeoJsonType, title);
    }
}
