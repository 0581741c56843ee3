using NetTopologySuite.Geometries;

namespace ProjectMap.Domain.Projects;

/// <summary>
/// A district key project (重点项目): who and what it is, its money and land as planned, and its parcel.
/// The parcel is a multi-polygon in CGCS2000 geographic coordinates (EPSG:4490, which ProjectMap treats as
/// WGS84 to the centimetre) with X = longitude and Y = latitude in degrees, the GeoJSON axis order.
/// Treat a project as an immutable value: change it with <c>with</c>, never by mutating the parcel.
/// </summary>
public sealed record Project
{
    /// <summary>The district's code for the project, unique in a store.</summary>
    public required ProjectCode Code { get; init; }

    /// <summary>Chinese name, for example 鑫奇航智能装备制造项目.</summary>
    public required string NameZh { get; init; }

    /// <summary>English name, or null when none was given; displays fall back to <see cref="NameZh"/>.</summary>
    public string? NameEn { get; init; }

    /// <summary>Park or zone (园区), for example 常州西太湖科技产业园; empty when unknown.</summary>
    public string Park { get; init; } = string.Empty;

    /// <summary>Street address or place description (建设地点) as reported; empty when unknown.</summary>
    public string Location { get; init; } = string.Empty;

    /// <summary>Industry (行业), for example 智能装备; empty when unknown.</summary>
    public string Industry { get; init; } = string.Empty;

    /// <summary>Planned total investment (总投资) in 万元 (10^4 yuan); 5 亿元 is 50,000 万元.</summary>
    public decimal PlannedInvestmentWan { get; init; }

    /// <summary>Planned gross building floor area (总建筑面积) in square metres, or null when not declared.</summary>
    public double? BuildingFloorAreaM2 { get; init; }

    /// <summary>Land area as declared by the district (用地面积) in 亩 (1 亩 = 10000/15 m²), or null when not declared.</summary>
    public double? DeclaredLandAreaMu { get; init; }

    /// <summary>The land parcel, lon/lat degrees in CGCS2000, X = longitude, Y = latitude; may be empty for projects on existing roofs.</summary>
    public required MultiPolygon Parcel { get; init; }

    /// <summary>Construction start date (开工日期) in Asia/Shanghai, or null when not yet set.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Planned completion date (计划竣工) in Asia/Shanghai, or null when not yet set.</summary>
    public DateOnly? PlannedCompletion { get; init; }

    /// <summary>Stage as declared on import (形象进度, e.g. 内部装修); the ledger derives the current stage from milestones.</summary>
    public string Stage { get; init; } = string.Empty;

    /// <summary>The buildings the project plans, with floor areas in square metres.</summary>
    public IReadOnlyList<Building> Buildings { get; init; } = [];

    /// <summary>Planned photovoltaic capacity in kilowatts peak, or null when the project has none.</summary>
    public double? PhotovoltaicKwp { get; init; }

    /// <summary>The name to show for a language: English when asked for and present, Chinese otherwise.</summary>
    public string DisplayName(bool english) => english && !string.IsNullOrWhiteSpace(NameEn) ? NameEn! : NameZh;
}
