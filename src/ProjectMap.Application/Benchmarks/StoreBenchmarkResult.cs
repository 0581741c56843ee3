namespace ProjectMap.Application.Benchmarks;

/// <summary>The figures of one store benchmark run.</summary>
/// <param name="Location">The store measured.</param>
/// <param name="Projects">Projects loaded.</param>
/// <param name="LoadSeconds">Wall time to store the projects, in seconds, batch by batch.</param>
/// <param name="Viewports">Latency of the viewer's parcel bounding-box query over random viewports.</param>
/// <param name="MeanProjectsPerViewport">Mean number of projects a viewport query returned.</param>
/// <param name="FindByCode">Latency of looking one project up by code.</param>
/// <param name="ListAllMs">Time to read every project, in milliseconds.</param>
public sealed record StoreBenchmarkResult(
    string Location,
    int Projects,
    double LoadSeconds,
    LatencySummary Viewports,
    double MeanProjectsPerViewport,
    LatencySummary FindByCode,
    double ListAllMs)
{
    /// <summary>Ledger records (milestones, changes, returns, plans) loaded.</summary>
    public long LedgerRecords { get; init; }

    /// <summary>Wall time to store the ledgers, in seconds.</summary>
    public double LedgerLoadSeconds { get; init; }

    /// <summary>Photo footprints loaded.</summary>
    public long Photos { get; init; }

    /// <summary>Wall time to store the photos, in seconds.</summary>
    public double PhotoLoadSeconds { get; init; }

    /// <summary>Latency of the viewer's footprint query: one month's footprints in a viewport (the month slider), null without photos.</summary>
    public LatencySummary? MonthFootprints { get; init; }

    /// <summary>Mean number of footprints the one-month query returned.</summary>
    public double MeanMonthFootprints { get; init; }

    /// <summary>Latency of the footprint query over every month (capped at the viewer's limit), null without photos.</summary>
    public LatencySummary? AllFootprints { get; init; }

    /// <summary>Mean number of footprints the every-month query returned.</summary>
    public double MeanAllFootprints { get; init; }

    /// <summary>How many every-month queries hit the limit (the viewer would ask to zoom in).</summary>
    public int AllFootprintsAtLimit { get; init; }

    /// <summary>The viewer's footprint limit used.</summary>
    public int FootprintLimit { get; init; }

    /// <summary>The month the status was computed for (yyyy-MM).</summary>
    public string StatusMonth { get; init; } = string.Empty;

    /// <summary>Each run's time to compute the monthly status of all projects, in milliseconds.</summary>
    public IReadOnlyList<double> StatusRunsMs { get; init; } = [];

    /// <summary>How many projects were delayed (滞后), in warning (预警) and normal in the status.</summary>
    public IReadOnlyDictionary<string, int> StatusCounts { get; init; } = new Dictionary<string, int>();

    /// <summary>True when the parcel query's 95th percentile is under <see cref="StoreBenchmarkOptions.BboxP95GoalMs"/>.</summary>
    public bool BboxGoalMet => Viewports.P95Ms < StoreBenchmarkOptions.BboxP95GoalMs;

    /// <summary>True when the one-month footprint query's 95th percentile is under the goal; null without photos.</summary>
    public bool? FootprintGoalMet => MonthFootprints is { } f ? f.P95Ms < StoreBenchmarkOptions.BboxP95GoalMs : null;

    /// <summary>True when the slowest status run is under <see cref="StoreBenchmarkOptions.StatusGoalMs"/>; null when not run.</summary>
    public bool? StatusGoalMet => StatusRunsMs.Count == 0 ? null : StatusRunsMs.Max() < StoreBenchmarkOptions.StatusGoalMs;
}
