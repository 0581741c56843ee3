using ProjectMap.Application.Projects;
using ProjectMap.Application.Projects.Import;
using ProjectMap.Cli.Infrastructure;

namespace ProjectMap.Cli.Demo;

/// <summary>Imports the sample district's parcels (<c>sample-imagery/district/projects.geojson</c>) and prints the project table.</summary>
public sealed class ImportProjectsStep : IDemoStep
{
    /// <inheritdoc />
    public string Name => "projects";

    /// <inheritdoc />
    public async Task RunAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(demo);
        var file = Path.Combine(demo.DistrictDirectory, "projects.geojson");
        var result = await ProjectImportService.ImportAsync(demo.Store, file, new ProjectImportOptions(), cancellationToken).ConfigureAwait(false);
        foreach (var w in result.Warnings)
        {
            await demo.Cli.Error.WriteLineAsync($"warning: {w}").ConfigureAwait(false);
        }

        var table = new TextTable("code", "name", "area 亩", "declared 亩", "investment 万元");
        table.RightAligned.UnionWith([2, 3, 4]);
        foreach (var s in result.Projects.Select(ProjectSummary.Of))
        {
            table.Add(s.Code, s.Name, TextTable.Number(s.AreaMu, 2), s.DeclaredAreaMu is { } d ? TextTable.Number(d, 2) : "-", TextTable.Number((double)s.PlannedInvestmentWan, 0));
        }

        await demo.LogAsync($"imported {result.Projects.Count} projects from {file}").ConfigureAwait(false);
        await demo.Cli.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
    }
}
