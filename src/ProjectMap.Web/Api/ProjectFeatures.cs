using System.Globalization;
using System.Text.Json.Nodes;
using ProjectMap.Application.Projects;
using ProjectMap.Application.Serialization;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Web.Api;

/// <summary>
/// Projects as GeoJSON features (RFC 7946: lon/lat, CGCS2000 ≈ WGS84 to the centimetre) with their headline figures as
/// properties, in camelCase for the viewer's API or snake_case (the GeoPackage layer's names) for the OGC API.
/// </summary>
public static class ProjectFeatures
{
    /// <summary>A feature with id = project code; a project without a parcel gets a null geometry.</summary>
    public static JsonObject Feature(Project project, bool snakeCase)
    {
        ArgumentNullException.ThrowIfNull(project);
        var s = ProjectSummary.Of(project);
        var properties = new JsonObject();
        void Add(string snake, string camel, JsonNode? value) => properties[snakeCase ? snake : camel] = value;
        Add("code", "code", s.Code);
        Add("name", "name", s.Name);
        Add("name_en", "nameEn", s.NameEn);
        Add("park", "park", s.Park);
        Add("industry", "industry", s.Industry);
        Add("location", "location", project.Location);
        Add("planned_investment_wan", "plannedInvestmentWan", s.PlannedInvestmentWan);
        Add("building_floor_area_m2", "buildingFloorAreaM2", s.BuildingFloorAreaM2);
        Add("declared_area_mu", "declaredAreaMu", s.DeclaredAreaMu);
        Add("area_m2", "areaM2", s.AreaM2);
        Add("area_mu", "areaMu", s.AreaMu);
        Add("start_date", "startDate", Date(s.StartDate));
        Add("planned_completion", "plannedCompletion", Date(s.PlannedCompletion));
        Add("stage", "stage", s.Stage);
        Add("photovoltaic_kwp", "photovoltaicKwp", project.PhotovoltaicKwp);
        return new JsonObject
        {
            ["type"] = "Feature",
            ["id"] = s.Code,
            ["geometry"] = project.Parcel.IsEmpty ? null : JsonNode.Parse(GeoJson.Write(project.Parcel)),
            ["properties"] = properties,
        };
    }

    /// <summary>A FeatureCollection of projects.</summary>
    public static JsonObject Collection(IEnumerable<Project> projects, bool snakeCase) => new()
    {
        ["type"] = "FeatureCollection",
        ["features"] = new JsonArray([.. projects.Select(p => (JsonNode)Feature(p, snakeCase))]),
    };

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
