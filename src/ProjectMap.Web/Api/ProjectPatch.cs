using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Web.Api;

/// <summary>
/// Applies an admin's edit of a project's facts, given as a JSON object with only the fields to change (null clears an
/// optional field): nameZh, nameEn, park, location, industry, plannedInvestmentWan (万元), buildingFloorAreaM2,
/// declaredLandAreaMu (亩), startDate, plannedCompletion (yyyy-MM-dd), photovoltaicKwp. The parcel and code are
/// changed by importing, and the stage (形象进度) follows the ledger's milestones, so neither is edited here.
/// </summary>
public static class ProjectPatch
{
    /// <summary>The fields an edit may name.</summary>
    public static IReadOnlyList<string> Fields { get; } =
    [
        "nameZh", "nameEn", "park", "location", "industry", "plannedInvestmentWan", "buildingFloorAreaM2", "declaredLandAreaMu",
        "startDate", "plannedCompletion", "photovoltaicKwp",
    ];

    /// <summary>
    /// The changed project and a JSON record of the changes (<c>{"field": [old, new]}</c>); throws
    /// <see cref="FormatException"/> naming the field and the problem for an unknown field or a bad value.
    /// </summary>
    public static (Project Changed, JsonObject Changes) Apply(Project project, JsonElement body)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("the edit must be a JSON object of the fields to change");
        }

        var p = project;
        var changes = new JsonObject();
        foreach (var field in body.EnumerateObject())
        {
            var v = field.Value;
            var before = p;
            p = field.Name switch
            {
                "nameZh" => p with { NameZh = RequiredText(field.Name, v, 200) },
                "nameEn" => p with { NameEn = OptionalText(field.Name, v, 200) },
                "park" => p with { Park = OptionalText(field.Name, v, 200) ?? string.Empty },
                "location" => p with { Location = OptionalText(field.Name, v, 200) ?? string.Empty },
                "industry" => p with { Industry = OptionalText(field.Name, v, 100) ?? string.Empty },
                "plannedInvestmentWan" => p with { PlannedInvestmentWan = (decimal)(NonNegative(field.Name, v) ?? 0) },
                "buildingFloorAreaM2" => p with { BuildingFloorAreaM2 = NonNegative(field.Name, v) },
                "declaredLandAreaMu" => p with { DeclaredLandAreaMu = NonNegative(field.Name, v) },
                "startDate" => p with { StartDate = Date(field.Name, v) },
                "plannedCompletion" => p with { PlannedCompletion = Date(field.Name, v) },
                "photovoltaicKwp" => p with { PhotovoltaicKwp = NonNegative(field.Name, v) },
                "stage" => throw new FormatException("'stage' follows the ledger: record the milestone's actual date instead (PUT /api/projects/{code}/milestones/{step})"),
                _ => throw new FormatException($"'{field.Name}' cannot be edited here; editable fields: {string.Join(", ", Fields)}"),
            };
            if (!Equals(before, p))
            {
                changes[field.Name] = new JsonArray(Value(before, field.Name), Value(p, field.Name));
            }
        }

        if (p.StartDate is { } s && p.PlannedCompletion is { } c && c < s)
        {
            throw new FormatException($"plannedCompletion {c:yyyy-MM-dd} is before startDate {s:yyyy-MM-dd}");
        }

        return (p, changes);
    }

    private static JsonNode? Value(Project p, string field) => field switch
    {
        "nameZh" => p.NameZh,
        "nameEn" => p.NameEn,
        "park" => p.Park,
        "location" => p.Location,
        "industry" => p.Industry,
        "plannedInvestmentWan" => p.PlannedInvestmentWan,
        "buildingFloorAreaM2" => p.BuildingFloorAreaM2,
        "declaredLandAreaMu" => p.DeclaredLandAreaMu,
        "startDate" => p.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "plannedCompletion" => p.PlannedCompletion?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "photovoltaicKwp" => p.PhotovoltaicKwp,
        _ => null,
    };

    private static string RequiredText(string name, JsonElement v, int max) =>
        OptionalText(name, v, max) is { Length: > 0 } s ? s : throw new FormatException($"'{name}' may not be empty");

    private static string? OptionalText(string name, JsonElement v, int max)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"'{name}' must be text");
        }

        var s = v.GetString()!.Trim();
        return s.Length > max ? throw new FormatException($"'{name}' is longer than {max} characters") : (s.Length == 0 ? null : s);
    }

    private static double? NonNegative(string name, JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d) || !double.IsFinite(d) || d < 0)
        {
            throw new FormatException($"'{name}' must be a number of at least 0");
        }

        return d;
    }

    private static DateOnly? Date(string name, JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String || !DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            throw new FormatException($"'{name}' must be a date written yyyy-MM-dd");
        }

        return d;
    }
}
