using System.Globalization;
using System.Text.Json;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Application.Projects.Import;

/// <summary>
/// The attribute names a parcel file may use for each project field, English first, then the Chinese headings and
/// pinyin abbreviations found in district ledgers (shapefile field names are at most 10 bytes). Matching ignores case.
/// </summary>
public static class ProjectAttributes
{
    /// <summary>Names for the project code.</summary>
    public static readonly string[] Code = ["code", "project_code", "项目编号", "项目代码", "编号", "xmbh", "XMDM"];

    /// <summary>Names for the Chinese name.</summary>
    public static readonly string[] NameZh = ["name_zh", "name", "项目名称", "名称", "xmmc"];

    /// <summary>Names for the English name.</summary>
    public static readonly string[] NameEn = ["name_en", "english_name", "英文名称"];

    /// <summary>Names for the park or zone.</summary>
    public static readonly string[] Park = ["park", "zone", "园区", "所在园区", "yq"];

    /// <summary>Names for the location.</summary>
    public static readonly string[] Location = ["location", "address", "建设地点", "地点", "jsdd"];

    /// <summary>Names for the industry.</summary>
    public static readonly string[] Industry = ["industry", "行业", "产业类别", "产业", "hy"];

    /// <summary>Names for planned total investment in 万元.</summary>
    public static readonly string[] PlannedInvestmentWan = ["planned_investment_wan", "investment_wan", "总投资", "总投资(万元)", "总投资（万元）", "计划总投资", "ztz"];

    /// <summary>Names for building floor area in m².</summary>
    public static readonly string[] BuildingFloorAreaM2 = ["building_floor_area_m2", "floor_area_m2", "建筑面积", "总建筑面积", "建筑面积(平方米)", "jzmj"];

    /// <summary>Names for declared land area in 亩.</summary>
    public static readonly string[] DeclaredAreaMu = ["declared_area_mu", "area_mu", "用地面积", "用地面积(亩)", "用地面积（亩）", "占地面积(亩)", "ydmj"];

    /// <summary>Names for the start date.</summary>
    public static readonly string[] StartDate = ["start_date", "开工日期", "开工时间", "kgrq"];

    /// <summary>Names for planned completion.</summary>
    public static readonly string[] PlannedCompletion = ["planned_completion", "计划竣工", "计划竣工日期", "计划竣工时间", "jhjg"];

    /// <summary>Names for the declared stage.</summary>
    public static readonly string[] Stage = ["stage", "形象进度", "建设阶段", "xxjd"];

    /// <summary>Names for the building list (JSON array, or "name:floor m²:storeys;…").</summary>
    public static readonly string[] Buildings = ["buildings", "建设内容", "建筑物", "jsnr"];

    /// <summary>Names for photovoltaic capacity in kWp.</summary>
    public static readonly string[] PhotovoltaicKwp = ["photovoltaic_kwp", "pv_kwp", "光伏装机", "光伏装机(kWp)", "gfzj"];

    /// <summary>The first non-empty value among the names, trimmed, or null.</summary>
    public static string? Text(IReadOnlyDictionary<string, object?> attributes, string[] names)
    {
        foreach (var name in names)
        {
            if (attributes.TryGetValue(name, out var v) && v is not null)
            {
                var s = Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim();
                if (!string.IsNullOrEmpty(s))
                {
                    return s;
                }
            }
        }

        return null;
    }

    /// <summary>Parses a decimal field; returns false with a reason when present but not a number.</summary>
    public static bool TryDecimal(IReadOnlyDictionary<string, object?> attributes, string[] names, out decimal? value, out string? problem)
    {
        value = null;
        problem = null;
        var text = Text(attributes, names);
        if (text is null)
        {
            return true;
        }

        var cleaned = text.Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal);
        if (decimal.TryParse(cleaned, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d) && d >= 0)
        {
            value = d;
            return true;
        }

        problem = $"{names[0]} '{text}' is not a non-negative number";
        return false;
    }

    /// <summary>Parses a date field (yyyy-MM-dd, yyyy/M/d, yyyy-MM, yyyy年M月d日); a month alone means its last day.</summary>
    public static bool TryDate(IReadOnlyDictionary<string, object?> attributes, string[] names, out DateOnly? value, out string? problem)
    {
        value = null;
        problem = null;
        var text = Text(attributes, names);
        if (text is null)
        {
            return true;
        }

        string[] days = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];
        if (DateOnly.TryParseExact(text, days, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            value = day;
            return true;
        }

        string[] months = ["yyyy-MM", "yyyy/M", "yyyy-M", "yyyy年M月"];
        if (DateOnly.TryParseExact(text, months, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            value = new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));
            return true;
        }

        problem = $"{names[0]} '{text}' is not a date; write YYYY-MM-DD";
        return false;
    }

    /// <summary>Parses the building list: a JSON array of objects, or "name:floor m²[:storeys];…"; returns false with a reason when malformed.</summary>
    public static bool TryBuildings(IReadOnlyDictionary<string, object?> attributes, out IReadOnlyList<Building> buildings, out string? problem)
    {
        buildings = [];
        problem = null;
        var text = Text(attributes, Buildings);
        if (text is null)
        {
            return true;
        }

        try
        {
            buildings = text.StartsWith('[') ? ParseJson(text) : ParseCompact(text);
            return true;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            problem = $"buildings '{Shorten(text)}' cannot be read ({e.Message}); give a JSON array of {{nameZh, kind, floorAreaM2, storeys}} or 'name:m²:storeys;…'";
            return false;
        }
    }

    /// <summary>Guesses a building's kind from its Chinese or English name (研发/办公 → office, 车间/厂房 → workshop, 仓 → warehouse…).</summary>
    public static BuildingKind GuessKind(string name)
    {
        bool Has(params string[] words) => words.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));
        if (Has("车棚", "carport", "canopy"))
        {
            return BuildingKind.Canopy;
        }

        if (Has("仓", "warehouse", "storage", "物流"))
        {
            return BuildingKind.Warehouse;
        }

        if (Has("车间", "厂房", "workshop", "plant", "factory", "工厂"))
        {
            return BuildingKind.Workshop;
        }

        if (Has("研发", "办公", "中心", "office", "centre", "center", "R&D"))
        {
            return BuildingKind.Office;
        }

        if (Has("能源", "锅炉", "变电", "余热", "boiler", "substation", "energy"))
        {
            return BuildingKind.Utility;
        }

        return BuildingKind.Other;
    }

    private static List<Building> ParseJson(string text)
    {
        using var doc = JsonDocument.Parse(text);
        var list = new List<Building>();
        foreach (var b in doc.RootElement.EnumerateArray())
        {
            var nameZh = b.GetProperty("nameZh").GetString() ?? throw new FormatException("a building has no nameZh");
            var nameEn = b.TryGetProperty("nameEn", out var en) ? en.GetString() : null;
            var kind = b.TryGetProperty("kind", out var k) && Enum.TryParse<BuildingKind>(k.GetString(), ignoreCase: true, out var parsed) ? parsed : GuessKind(nameZh);
            var area = b.TryGetProperty("floorAreaM2", out var a) ? a.GetDouble() : 0;
            var storeys = b.TryGetProperty("storeys", out var s) ? s.GetInt32() : 1;
            if (area < 0 || storeys < 1)
            {
                throw new FormatException($"building '{nameZh}' has a negative area or fewer than 1 storey");
            }

            list.Add(new Building(nameZh, nameEn, kind, area, storeys));
        }

        return list;
    }

    private static List<Building> ParseCompact(string text)
    {
        var list = new List<Building>();
        foreach (var item in text.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = item.Split([':', '：'], StringSplitOptions.TrimEntries);
            var name = parts[0];
            var area = parts.Length > 1 ? double.Parse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture) : 0;
            var storeys = parts.Length > 2 ? int.Parse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture) : 1;
            if (name.Length == 0 || area < 0 || storeys < 1)
            {
                throw new FormatException($"'{item}' is not name:m²:storeys");
            }

            list.Add(new Building(name, null, GuessKind(name), area, storeys));
        }

        return list;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
