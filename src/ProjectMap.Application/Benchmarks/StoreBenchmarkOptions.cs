using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Benchmarks;

/// <summary>How big a store benchmark is.</summary>
/// <param name="Projects">Synthetic projects to store (the scale is 10,000), each with a synthetic ledger.</param>
/// <param name="Queries">Viewport (bounding-box) queries to time, for parcels and for photo footprints each.</param>
/// <param name="Seed">Seed of the synthetic data and viewports, so runs are comparable.</param>
/// <param name="BatchSize">Projects per write transaction while loading.</param>
/// <param name="Photos">Synthetic photo footprints to store (the scale is 1,000,000); 0 skips the footprint figures.</param>
public sealed record StoreBenchmarkOptions(int Projects = 10_000, int Queries = 1_000, int Seed = 20231201, int BatchSize = 1_000, int Photos = 1_000_000)
{
    /// <summary>The goal for the viewer's bounding-box queries at the 95th percentile, in milliseconds.</summary>
    public const double BboxP95GoalMs = 50;

    /// <summary>The goal for the monthly status of all projects, in milliseconds.</summary>
    public const double StatusGoalMs = 2_000;

    /// <summary>The first month photos are spread over (2023-01).</summary>
    public YearMonth FirstMonth { get; init; } = new(2023, 1);

    /// <summary>How many months photos and ledgers cover (24: 2023-01 to 2024-12); the status is taken for the last.</summary>
    public int Months { get; init; } = 24;

    /// <summary>The most footprints one viewport query returns (the viewer's page): beyond it the map asks to zoom in.</summary>
    public int FootprintLimit { get; init; } = 2_000;

    /// <summary>Photos per write transaction while loading (through the stores' bulk import).</summary>
    public int PhotoBatchSize { get; init; } = 5_000;

    /// <summary>Projects whose ledgers go in one write transaction while loading.</summary>
    public int LedgerBatchProjects { get; init; } = 200;

    /// <summary>How many times the monthly status of all projects is computed and timed.</summary>
    public int StatusRuns { get; init; } = 3;

    /// <summary>The month the status is computed for: the last month covered.</summary>
    public YearMonth StatusMonth => FirstMonth.AddMonths(Months - 1);
}
