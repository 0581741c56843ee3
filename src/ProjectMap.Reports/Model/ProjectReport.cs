using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Reports.Model;

/// <summary>One project in a monthly report: its facts, its status and figures as of the month's end, milestones, investment curve and photos.</summary>
public sealed record ProjectReport
{
    /// <summary>1-based position in the report (序号).</summary>
    public required int Sequence { get; init; }

    /// <summary>The project (name, place, planned investment, parcel).</summary>
    public required Project Project { get; init; }

    /// <summary>Status, reasons and figures computed from the ledger as of the month's end.</summary>
    public required ProjectStatus Status { get; init; }

    /// <summary>Every milestone of the project's chain, in order, rated on the evaluation day.</summary>
    public required IReadOnlyList<MilestoneRow> Milestones { get; init; }

    /// <summary>Planned against actual cumulative investment.</summary>
    public required InvestmentCurve Curve { get; init; }

    /// <summary>The planned completion date (计划竣工): the project's own date, else the 竣工验收 milestone's planned date; null when neither is known.</summary>
    public DateOnly? PlannedCompletion { get; init; }

    /// <summary>The best view among the latest month's photos of the project up to the report month, or null when there is none.</summary>
    public ReportPhoto? LatestPhoto { get; init; }

    /// <summary>The photo of the same view a month before <see cref="LatestPhoto"/> (or the latest earlier one when that month has none), or null.</summary>
    public ReportPhoto? EarlierPhoto { get; init; }

    /// <summary>True when <see cref="EarlierPhoto"/> is from the month just before the latest photo's month.</summary>
    public bool EarlierIsPreviousMonth { get; init; }

    /// <summary>The capture day of the latest photo (最新航拍日期), or null.</summary>
    public DateOnly? LatestPhotoDate => LatestPhoto?.Day;
}
