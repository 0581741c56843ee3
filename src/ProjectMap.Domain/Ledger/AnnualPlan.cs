using System.Globalization;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Domain.Ledger;

/// <summary>
/// A project's investment plan for one calendar year (年度计划投资), in 万元. Revisions are new entries naming the plan
/// they revise, so the plan as it stood at any instant can be shown.
/// </summary>
public sealed record AnnualPlan : ICorrectableEntry
{
    /// <inheritdoc />
    public required Guid Id { get; init; }

    /// <inheritdoc />
    public required ProjectCode Code { get; init; }

    /// <summary>The calendar year.</summary>
    public required int Year { get; init; }

    /// <summary>Planned investment for the year, in 万元.</summary>
    public required decimal PlanWan { get; init; }

    /// <inheritdoc />
    public Guid? CorrectsId { get; init; }

    /// <summary>Why the plan was set or revised; empty when none was given (revisions need one).</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>Who recorded the plan.</summary>
    public required string RecordedBy { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset RecordedAt { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset EffectiveAt { get; init; }

    /// <inheritdoc />
    public string Period => Year.ToString(CultureInfo.InvariantCulture);
}
