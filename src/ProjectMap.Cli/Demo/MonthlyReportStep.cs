using ProjectMap.Cli.Commands;
using ProjectMap.Domain.Time;
using ProjectMap.Reports.Export;
using ProjectMap.Reports.Model;

namespace ProjectMap.Cli.Demo;

/// <summary>
/// Writes the sample district's monthly report for December 2023 (the last month of the sample ledger) in all four
/// formats — Excel, PDF (A4), GeoJSON and KML — into <c>reports/</c> of the demo's output folder.
/// </summary>
public sealed class MonthlyReportStep : IDemoStep
{
    /// <summary>The month the demo reports on.</summary>
    public static YearMonth Month { get; } = new(2023, 12);

    /// <summary>The sample district's name heading its reports.</summary>
    public const string District = "武进区";

    /// <summary>The sample district's compiling office printed on its reports' covers.</summary>
    public const string Organisation = "武进区重点项目建设推进办公室";

    /// <inheritdoc />
    public string Name => "report";

    /// <inheritdoc />
    public async Task RunAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(demo);
        var options = new MonthlyReportOptions
        {
            Month = Month,
            District = District,
            Organisation = Organisation,
            PhotoFilesRoot = demo.FilesRoot,
        };
        var dir = Path.Combine(demo.OutputDirectory, "reports");
        var written = await ReportCommands.ExportAsync(demo.Store, options, dir, ReportFormats.All, ReportPaper.A4, cancellationToken).ConfigureAwait(false);
        foreach (var f in written)
        {
            await demo.LogAsync($"wrote {f.Path} ({f.SizeBytes:#,0} bytes): {f.Detail}").ConfigureAwait(false);
        }
    }
}
