using System.Text.Json.Nodes;

namespace ProjectMap.Web.Ogc;

/// <summary>The OpenAPI 3.0 definition of the OGC API endpoints (<c>/ogc/api</c>), which the core conformance class requires.</summary>
public static class OgcOpenApi
{
    /// <summary>The document for a server whose OGC API root is <paramref name="root"/>.</summary>
    public static JsonObject Document(string root)
    {
        static JsonObject Get(string summary, params JsonNode[] parameters) => new()
        {
            ["get"] = new JsonObject
            {
                ["summary"] = summary,
                ["parameters"] = new JsonArray(parameters),
                ["responses"] = new JsonObject
                {
                    ["200"] = new JsonObject { ["description"] = "OK" },
                    ["400"] = new JsonObject { ["description"] = "Bad request" },
                    ["401"] = new JsonObject { ["description"] = "Sign-in needed (HTTP Basic or the viewer's login)" },
                    ["404"] = new JsonObject { ["description"] = "Not found" },
                },
            },
        };

        static JsonObject Param(string name, string location, string type, string description, bool required = false) => new()
        {
            ["name"] = name,
            ["in"] = location,
            ["required"] = required,
            ["description"] = description,
            ["schema"] = new JsonObject { ["type"] = type },
        };

        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = "ProjectMap OGC API – Features", ["version"] = "1.0.0" },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = root }),
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject { ["basic"] = new JsonObject { ["type"] = "http", ["scheme"] = "basic" } },
            },
            ["security"] = new JsonArray(new JsonObject { ["basic"] = new JsonArray() }),
            ["paths"] = new JsonObject
            {
                ["/"] = Get("Landing page"),
                ["/conformance"] = Get("Conformance classes"),
                ["/collections"] = Get("Feature collections"),
                ["/collections/{collectionId}"] = Get("One collection", Param("collectionId", "path", "string", "projects or photos", required: true)),
                ["/collections/{collectionId}/items"] = Get(
                    "Features, paged",
                    Param("collectionId", "path", "string", "projects or photos", required: true),
                    Param("bbox", "query", "string", "minLon,minLat,maxLon,maxLat in CRS84 degrees"),
                    Param("limit", "query", "integer", $"page size, default {OgcEndpoints.DefaultLimit}, at most {OgcEndpoints.MaxLimit}"),
                    Param("offset", "query", "integer", "features to skip"),
                    Param("datetime", "query", "string", "photos only: capture time, an RFC 3339 instant or date (whole day, Asia/Shanghai) or an interval start/end with .. for an open end"),
                    Param("month", "query", "string", "photos only: capture month yyyy-MM (Asia/Shanghai)"),
                    Param("project", "query", "string", "photos only: the project code the photos are filed under")),
                ["/collections/{collectionId}/items/{featureId}"] = Get(
                    "One feature",
                    Param("collectionId", "path", "string", "projects or photos", required: true),
                    Param("featureId", "path", "string", "project code, or photo SHA-256", required: true)),
            },
        };
    }
}
