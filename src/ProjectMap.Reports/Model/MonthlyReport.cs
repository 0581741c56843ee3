using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;

namespace ProjectMap.Reports.Model;

/// <summary>
/// A district's monthly key-project return (月报) as data: every project's status and figures from the ledger as it
/// stood at the month's end (Asia/Shanghai), milestones, investment curves, the latest photos, and the month's photo
/// footprints. Every writer (XLSX, PDF, GeoJSON, KML) draws from this one model, so the formats agree.
/// </summary>
public sealed record MonthlyReport
{
    /// <summary>The month reported on.</summary>
    public required YearMonth Month { get; init; }

    /// <summary>The instant the ledger was read as of: the month's last instant in Asia/Shanghai.</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>The district's name as it heads the report (e.g. 武进区), or empty.</summary>
    public string District { get; init; } = string.Empty;

    /// <summary>The office that compiles the report (填报单位), or empty.</summary>
    public string Organisation { get; init; } = string.Empty;

    /// <summary>True for English labels; Chinese otherwise.</summary>
    public bool English { get; init; }

    /// <summary>The status rules the figures were judged by.</summary>
    public required StatusRules Rules { get; init; }

    /// <summary>The projects in code order.</summary>
    public required IReadOnlyList<ProjectReport> Projects { get; init; }

    /// <summary>Normal, warning and delayed projects added up, in that order.</summary>
    public required IReadOnlyList<StatusGroup> Groups { get; init; }

    /// <summary>All projects added up.</summary>
    public required StatusGroup Total { get; init; }

    /// <summary>Every photo captured in the month (Asia/Shanghai), in capture order.</summary>
    public required IReadOnlyList<ReportPhoto> MonthPhotos { get; init; }

    /// <summary>The report's day: the month's last day.</summary>
    public DateOnly ReportDay => Month.LastDay;
}
