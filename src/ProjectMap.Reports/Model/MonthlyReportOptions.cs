using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;

namespace ProjectMap.Reports.Model;

/// <summary>What to build a monthly report of, and how to label it.</summary>
public sealed record MonthlyReportOptions
{
    /// <summary>The month to report on; figures are read as the ledger stood at its last instant (Asia/Shanghai).</summary>
    public required YearMonth Month { get; init; }

    /// <summary>English labels when true; Chinese otherwise.</summary>
    public bool English { get; init; }

    /// <summary>The status rules (default: <see cref="StatusRules.Default"/>).</summary>
    public StatusRules Rules { get; init; } = StatusRules.Default;

    /// <summary>The district's name for titles (e.g. 武进区); empty leaves it out.</summary>
    public string District { get; init; } = string.Empty;

    /// <summary>The compiling office (填报单位); empty leaves it out.</summary>
    public string Organisation { get; init; } = string.Empty;

    /// <summary>The photo file store's root (originals/…), or null when the photo files are not reachable (photos are then listed without pixels).</summary>
    public string? PhotoFilesRoot { get; init; }
}
