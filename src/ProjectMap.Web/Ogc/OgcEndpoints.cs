using System.Globalization;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Projects;
using ProjectMap.Web.Api;
using ProjectMap.Web.Photos;

namespace ProjectMap.Web.Ogc;

/// <summary>
/// OGC API – Features Part 1 (core, GeoJSON, OpenAPI 3.0) under <c>/ogc</c>, so QGIS and GDAL (<c>ogrinfo OAPIF:http://host/ogc</c>)
/// read two collections: <c>projects</c> (parcels with their headline figures) and <c>photos</c> (drone photo footprints).
/// Items are paged with <c>limit</c> and <c>offset</c> and next/prev links and filtered with <c>bbox</c>; photos also by
/// <c>datetime</c> (capture time), <c>month</c> (yyyy-MM, Asia/Shanghai) and <c>project</c>. Coordinates are CRS84
/// (lon/lat; CGCS2000 ≈ WGS84).
/// </summary>
public static class OgcEndpoints
{
    /// <summary>The CRS of every geometry served: OGC CRS84 (longitude, latitude in degrees).</summary>
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    /// <summary>The default page size.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The largest page size; larger requests are served this many.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The collection ids, in the order the collections document lists them.</summary>
    public static IReadOnlyList<string> Collections { get; } = ["projects", "photos"];

    private const string Json = "application/json";
    private const string GeoJsonType = "application/geo+json";

    /// <summary>Query parameters an items request carries over into its next/prev links.</summary>
    private static readonly string[] FilterParameters = ["bbox", "datetime", "month", "project"];

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        var ogc = app.MapGroup("/ogc");
        ogc.MapGet("/", (HttpContext c) => Send(new JsonObject
        {
            ["title"] = "ProjectMap 重点项目 OGC API – Features",
            ["description"] = "District key projects (重点项目) with their land parcels, and the footprints of their drone photos (航拍), CRS84 longitude/latitude (CGCS2000).",
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
            ["collections"] = new JsonArray(await ProjectsCollectionAsync(c, store).ConfigureAwait(false), await PhotosCollectionAsync(c, store).ConfigureAwait(false)),
        }, Json));

        ogc.MapGet("/collections/{collectionId}", async (string collectionId, HttpContext c, IProjectMapStore store) => collectionId switch
        {
            "projects" => Send(await ProjectsCollectionAsync(c, store).ConfigureAwait(false), Json),
            "photos" => Send(await PhotosCollectionAsync(c, store).ConfigureAwait(false), Json),
            _ => NoCollection(collectionId),
        });

        ogc.MapGet("/collections/{collectionId}/items", async (string collectionId, HttpContext c, IProjectMapStore store) =>
        {
            if (!Collections.Contains(collectionId))
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

            List<JsonObject> all;
            if (collectionId == "projects")
            {
                if (query.ContainsKey("datetime") || query.ContainsKey("month") || query.ContainsKey("project"))
                {
                    return ApiErrors.Error(StatusCodes.Status400BadRequest, "the projects collection is filtered by bbox only (datetime, month and project filter photos)", "bad-parameter");
                }

                var (projects, problem) = await ProjectsAsync(c, store).ConfigureAwait(false);
                if (projects is null)
                {
                    return ApiErrors.Error(StatusCodes.Status400BadRequest, problem!, "bad-bbox");
                }

                all = [.. projects.Select(p => ProjectFeatures.Feature(p, snakeCase: true))];
            }
            else
            {
                var (filter, error) = PhotoFilter.Read(query);
                if (filter is null)
                {
                    return error!;
                }

                all = [.. (await filter.ApplyAsync(store, c.RequestAborted).ConfigureAwait(false)).Select(p => WithPhotoLinks(c, PhotoFeatures.Feature(p, snakeCase: true)))];
            }

            var page = all.Skip(offset).Take(limit).ToList();
            var collection = new JsonObject
            {
                ["type"] = "FeatureCollection",
                ["features"] = new JsonArray([.. page]),
                ["numberMatched"] = all.Count,
                ["numberReturned"] = page.Count,
                ["timeStamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            };
            var links = new JsonArray(
                ItemsLink(c, collectionId, offset, limit, "self", "This page"),
                Link(c, $"/ogc/collections/{collectionId}", "collection", Json, "The collection"));
            if (offset + page.Count < all.Count)
            {
                links.Add(ItemsLink(c, collectionId, offset + limit, limit, "next", "Next page"));
            }

            if (offset > 0)
            {
                links.Add(ItemsLink(c, collectionId, Math.Max(0, offset - limit), limit, "prev", "Previous page"));
            }

            collection["links"] = links;
            return Send(collection, GeoJsonType);
        });

        ogc.MapGet("/collections/{collectionId}/items/{featureId}", async (string collectionId, string featureId, HttpContext c, IProjectMapStore store) =>
        {
            JsonObject? feature = null;
            switch (collectionId)
            {
                case "projects":
                    var project = ProjectCode.TryParse(featureId, out var code, out _) ? await store.Projects.FindAsync(code, c.RequestAborted).ConfigureAwait(false) : null;
                    feature = project is null ? null : ProjectFeatures.Feature(project, snakeCase: true);
                    break;
                case "photos":
                    var photo = PhotoEndpoints.IsSha256(featureId) ? await store.Photos.FindAsync(featureId, c.RequestAborted).ConfigureAwait(false) : null;
                    feature = photo is null ? null : WithPhotoLinks(c, PhotoFeatures.Feature(photo, snakeCase: true));
                    break;
                default:
                    return NoCollection(collectionId);
            }

            if (feature is null)
            {
                return ApiErrors.Error(StatusCodes.Status404NotFound, $"no feature '{featureId}' in collection {collectionId}", "not-found");
            }

            var links = feature["links"] as JsonArray ?? [];
            feature.Remove("links");
            links.Insert(0, Link(c, $"/ogc/collections/{collectionId}/items/{Uri.EscapeDataString(featureId)}", "self", GeoJsonType, "This feature"));
            links.Insert(1, Link(c, $"/ogc/collections/{collectionId}", "collection", Json, "The collection"));
            feature["links"] = links;
            return Send(feature, GeoJsonType);
        });
    }

    private static async Task<(IReadOnlyList<Project>? Projects, string? Problem)> ProjectsAsync(HttpContext c, IProjectMapStore store)
    {
        if (!c.Request.Query.TryGetValue("bbox", out var b))
        {
            return (await store.Projects.ListAsync(c.RequestAborted).ConfigureAwait(false), null);
        }

        if (!BboxParameter.TryParse(b.ToString(), out var box, out var problem))
        {
            return (null, problem);
        }

        var boxGeometry = new GeometryFactory().ToGeometry(box);
        return ([.. (await store.Projects.FindInEnvelopeAsync(box, c.RequestAborted).ConfigureAwait(false)).Where(p => p.Parcel.Intersects(boxGeometry))], null);
    }

    private static JsonObject WithPhotoLinks(HttpContext c, JsonObject feature)
    {
        var sha = feature["id"]!.GetValue<string>();
        feature["links"] = new JsonArray(
            Link(c, $"/api/photos/{sha}/original", "enclosure", "image/jpeg", "The original photo"),
            Link(c, $"/api/photos/{sha}/preview?size=1600", "preview", "image/jpeg", "A 1600-pixel preview"));
        return feature;
    }

    private static async Task<JsonObject> ProjectsCollectionAsync(HttpContext c, IProjectMapStore store)
    {
        var projects = await store.Projects.ListAsync(c.RequestAborted).ConfigureAwait(false);
        var extent = new Envelope();
        foreach (var p in projects.Where(p => !p.Parcel.IsEmpty))
        {
            extent.ExpandToInclude(p.Parcel.EnvelopeInternal);
        }

        return Collection(c, "projects", "重点项目 Key projects",
            "Key construction projects with their land parcels: name, park, planned investment (万元), areas (m², 亩), stage.", extent, null);
    }

    private static async Task<JsonObject> PhotosCollectionAsync(HttpContext c, IProjectMapStore store)
    {
        var photos = await store.Photos.ListAsync(new PhotoQuery(), c.RequestAborted).ConfigureAwait(false);
        var extent = new Envelope();
        foreach (var p in photos)
        {
            extent.ExpandToInclude(p.Footprint.EnvelopeInternal);
        }

        var times = photos.Where(p => p.CapturedAt is not null).Select(p => p.CapturedAt!.Value).ToList();
        var interval = times.Count == 0 ? null : new JsonArray(new JsonArray(Instant(times.Min()), Instant(times.Max())));
        return Collection(c, "photos", "航拍 Drone photo footprints",
            "Ground footprints of the drone photos (CGCS2000 lon/lat): SHA-256 identity, capture time, month (Asia/Shanghai), project, pose (yaw clockwise from true north, pitch −90 = straight down), ground sample distance (cm) and estimated accuracy (m); each item links its original.",
            extent, interval);
    }

    private static JsonObject Collection(HttpContext c, string id, string title, string description, Envelope extent, JsonArray? interval)
    {
        var bbox = extent.IsNull ? new JsonArray(-180, -90, 180, 90) : new JsonArray(extent.MinX, extent.MinY, extent.MaxX, extent.MaxY);
        var extentJson = new JsonObject { ["spatial"] = new JsonObject { ["bbox"] = new JsonArray(bbox), ["crs"] = Crs84 } };
        if (interval is not null)
        {
            extentJson["temporal"] = new JsonObject { ["interval"] = interval, ["trs"] = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian" };
        }

        return new JsonObject
        {
            ["id"] = id,
            ["title"] = title,
            ["description"] = description,
            ["itemType"] = "feature",
            ["crs"] = new JsonArray(Crs84),
            ["storageCrs"] = Crs84,
            ["extent"] = extentJson,
            ["links"] = new JsonArray(
                Link(c, $"/ogc/collections/{id}", "self", Json, "This collection"),
                Link(c, $"/ogc/collections/{id}/items", "items", GeoJsonType, "The features as GeoJSON")),
        };
    }

    private static string Instant(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static IResult NoCollection(string id) => ApiErrors.Error(StatusCodes.Status404NotFound, $"no collection '{id}'; the collections are: {string.Join(", ", Collections)}", "not-found");

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

    private static JsonObject ItemsLink(HttpContext c, string collectionId, int offset, int limit, string rel, string title)
    {
        var query = new List<string> { FormattableString.Invariant($"limit={limit}"), FormattableString.Invariant($"offset={offset}") };
        foreach (var name in FilterParameters)
        {
            if (c.Request.Query.TryGetValue(name, out var value))
            {
                query.Add(name + "=" + Uri.EscapeDataString(value.ToString()));
            }
        }

        return Link(c, $"/ogc/collections/{collectionId}/items?" + string.Join('&', query), rel, GeoJsonType, title);
    }
}
