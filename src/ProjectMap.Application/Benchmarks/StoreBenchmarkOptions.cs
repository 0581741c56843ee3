namespace ProjectMap.Application.Benchmarks;

/// <summary>How big a store benchmark is.</summary>
/// <param name="Projects">Synthetic projects to store (the scale is 10,000).</param>
/// <param name="Queries">Viewport (bounding-box) queries to time.</param>
/// <param name="Seed">Seed of the synthetic data and viewports, so runs are comparable.</param>
/// <param name="BatchSize">Projects per write transaction while loading.</param>
public sealed record StoreBenchmarkOptions(int Projects = 10_000, int Queries = 1_000, int Seed = 20231201, int BatchSize = 1_000)
{
    /// <summary>The goal for the viewer's bounding-box query at the 95th percentile, in milliseconds.</summary>
    public const double BboxP95GoalMs = 50;
}
