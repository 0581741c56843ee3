namespace ProjectMap.Cli.Demo;

/// <summary>The steps of <c>projectmap demo</c>, in order.</summary>
public static class DemoSteps
{
    /// <summary>Every step, in the order they run.</summary>
    public static IReadOnlyList<IDemoStep> All { get; } =
    [
        new ImportProjectsStep(),
        new ImportLedgerStep(),
        new IngestPhotosStep(),
        new BuildTilesStep(),
        new RenderMapsStep(),
        new DemoUsersStep(),
        new MonthlyReportStep(),
    ];
}
