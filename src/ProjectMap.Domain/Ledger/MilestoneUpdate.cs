using ProjectMap.Domain.Projects;

namespace ProjectMap.Domain.Ledger;

/// <summary>
/// A request to change one milestone of a project: the fields given are set, the others left as they are.
/// <see cref="MilestonePlanner"/> turns it into change-log records or refuses it with the rule it breaks.
/// </summary>
public sealed record MilestoneUpdate
{
    /// <summary>The project.</summary>
    public required ProjectCode Code { get; init; }

    /// <summary>The milestone, by step key, Chinese or English name (e.g. <c>topping-out</c>, 主体结构封顶).</summary>
    public required string Step { get; init; }

    /// <summary>New planned date, or null to leave it.</summary>
    public DateOnly? Planned { get; init; }

    /// <summary>New forecast date, or null to leave it (see <see cref="ClearForecast"/>).</summary>
    public DateOnly? Forecast { get; init; }

    /// <summary>New actual date, or null to leave it (see <see cref="ClearActual"/>).</summary>
    public DateOnly? Actual { get; init; }

    /// <summary>True to remove the forecast date.</summary>
    public bool ClearForecast { get; init; }

    /// <summary>True to remove the actual date (it was entered by mistake).</summary>
    public bool ClearActual { get; init; }

    /// <summary>New weight in points, or null to leave it.</summary>
    public decimal? Weight { get; init; }

    /// <summary>True or false to mark the step as applying or not, or null to leave it.</summary>
    public bool? Applicable { get; init; }

    /// <summary>Why; required when the planned date moves.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>Who records the change.</summary>
    public required string By { get; init; }

    /// <summary>When the change is recorded.</summary>
    public required DateTimeOffset RecordedAt { get; init; }
}
