using ProjectMap.Domain.Time;

namespace ProjectMap.Domain.Ledger;

/// <summary>
/// When a ledger fact starts to count in "as of" figures, so that a report for a past month keeps its figures after
/// later corrections. The rule: a value that fills a gap counts from the period it describes, a value that replaces
/// another counts from when it was recorded.
/// <list type="bullet">
/// <item>A milestone's first planned date and a year's first annual plan are the baseline: they count from the beginning (<see cref="Baseline"/>).</item>
/// <item>A milestone's first actual date counts from the end of that day (Asia/Shanghai), or from when it was recorded if that is earlier.</item>
/// <item>A month's first investment return counts from the end of that month, or from when it was recorded if earlier.</item>
/// <item>Everything else (moved plans, forecasts, corrected actual dates, weights, applicability, corrected returns, revised annual plans) counts from when it was recorded.</item>
/// </list>
/// </summary>
public static class EffectiveTime
{
    /// <summary>The instant baseline plans count from: before any report.</summary>
    public static DateTimeOffset Baseline { get; } = new(1, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The effective instant of a milestone change recorded at <paramref name="recordedAt"/>; <paramref name="firstValue"/>
    /// is true when the field of that milestone has never been recorded before (a later value, even after clearing, is a correction).
    /// </summary>
    public static DateTimeOffset OfMilestoneChange(MilestoneField field, bool firstValue, string? newValue, DateTimeOffset recordedAt) => field switch
    {
        MilestoneField.Planned when firstValue => Baseline,
        MilestoneField.Actual when firstValue && LedgerValues.ParseDate(newValue) is { } actual => Min(recordedAt, EndOfDay(actual)),
        _ => recordedAt,
    };

    /// <summary>The effective instant of an investment return: first returns count from their month's end (or earlier recording), corrections from recording.</summary>
    public static DateTimeOffset OfInvestment(YearMonth month, bool isCorrection, DateTimeOffset recordedAt) =>
        isCorrection ? recordedAt : Min(recordedAt, DistrictTime.EndOf(month));

    /// <summary>The effective instant of an annual plan: a year's first plan is baseline, revisions count from recording.</summary>
    public static DateTimeOffset OfAnnualPlan(bool isRevision, DateTimeOffset recordedAt) => isRevision ? recordedAt : Baseline;

    /// <summary>The last instant of a district calendar day.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date) => DistrictTime.StartOf(date.AddDays(1)).AddTicks(-1);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;
}
