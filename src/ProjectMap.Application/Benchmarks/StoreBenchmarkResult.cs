namespace ProjectMap.Application.Benchmarks;

/// <summary>The figures of one store benchmark run.</summary>
/// <param name="Location">The store measured.</param>
/// <param name="Projects">Projects loaded.</param>
/// <param name="LoadSeconds">Wall time to store them, in seconds, batch by batch.</param>
/// <param name="Viewports">Latency of the viewer's bounding-box query over random viewports.</param>
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
    /// <summary>True when the bounding-box query's 95th percentile is under <see cref="StoreBenchmarkOptions.BboxP95GoalMs"/>.</summary>
    public bool BboxGoalMet => Viewports.P95Ms < StoreBenchmarkOptions.BboxP95GoalMs;
}
