using System.CommandLine;
using System.Globalization;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Rendering.Maps;
using ProjectMap.Rendering.Reports;
using ProjectMap.Reports;
using ProjectMap.Reports.Export;
using ProjectMap.Reports.Model;

namespace ProjectMap.Cli.Commands;

/// <summary>
/// <c>projectmap report monthly --month YYYY-MM --out DIR [--format xlsx,pdf,geojson,kml] [--lang zh|en] [--paper A4|A3]</c>:
/// the monthly key-project return (月报) from the ledger as it stood at the month's end, in the asked formats.
/// </summary>
public static class ReportCommands
{
    /// <summary>Creates the <c>report</c> command group.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Command("report", "Reports for sending upward: the monthly progress return (月报)") { Monthly(context) };
    }

    /// <summary>Parses a comma-separated format list (xlsx, pdf, geojson, kml, all); throws <see cref="FormatException"/> naming a bad one.</summary>
    public static ReportFormats ParseFormats(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReportFormats.All;
        }

        var formats = ReportFormats.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            formats |= part.ToLowerInvariant() switch
            {
                "xlsx" or "excel" => ReportFormats.Xlsx,
                "pdf" => ReportFormats.Pdf,
                "geojson" or "json" => ReportFormats.GeoJson,
                "kml" => ReportFormats.Kml,
                "all" => ReportFormats.All,
                _ => throw new FormatException($"--format: '{part}' is not a report format; use xlsx, pdf, geojson, kml (comma-separated) or all"),
            };
        }

        return formats == ReportFormats.None ? throw new FormatException("--format: no format given; use xlsx, pdf, geojson, kml or all") : formats;
    }

    /// <summary>Parses --paper (A4 or A3); throws <see cref="FormatException"/> otherwise.</summary>
    public static ReportPaper ParsePaper(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "A4" => ReportPaper.A4,
        "A3" => ReportPaper.A3,
        _ => throw new FormatException($"--paper: '{text}' is not a paper size for the report; use A4 or A3"),
    };

    /// <summary>Builds the report and writes the files; returns what was written.</summary>
    public static async Task<IReadOnlyList<ExportedFile>> ExportAsync(
        Application.Storage.IProjectMapStore store, MonthlyReportOptions options, string outDir, ReportFormats formats, ReportPaper paper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var report = await MonthlyReportBuilder.BuildAsync(store, options, cancellationToken).ConfigureAwait(false);
        if (!formats.HasFlag(ReportFormats.Pdf))
        {
            return MonthlyReportExporter.Export(report, outDir, formats, paper, null);
        }

        // The cover maps come from the map renderer's own loader, with the month's drone imagery under the parcels.
        RenderCommands.EnsureFonts();
        var request = new MapRequest { Month = options.Month, English = options.English };
        using var maps = await MapDataLoader.LoadAsync(store, request, new MapSources(options.PhotoFilesRoot), cancellationToken).ConfigureAwait(false);
        return MonthlyReportExporter.Export(report, outDir, formats, paper, new MonthlyReportPdf(maps));
    }

    private static Command Monthly(CliContext context)
    {
        var month = new Option<string>("--month") { Description = "The month to report, yyyy-MM; figures are the ledger as it stood at the month's end (Asia/Shanghai)", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write the files into (created if missing; files of the same month are replaced)", Required = true };
        var format = new Option<string?>("--format") { Description = "Comma-separated formats: xlsx, pdf, geojson, kml (default: all four)" };
        var lang = new Option<string?>("--lang") { Description = "Language of the report: zh (default, Simplified Chinese) or en" };
        var paper = new Option<string?>("--paper") { Description = "PDF paper, landscape: A4 (default) or A3" };
        var district = new Option<string?>("--district") { Description = "The district's name heading the report, e.g. 武进区 (default: none)" };
        var organisation = new Option<string?>("--organisation") { Description = "The compiling office (编制单位) printed on the cover (default: the district)" };
        var files = PhotoStoreCommands.FilesOption();
        var json = new Option<bool>("--json") { Description = "Print the written files as a JSON array: format, path, sizeBytes, detail" };
        var command = new Command("monthly", "The monthly progress report (月报): Excel workbook (汇总/项目进展/里程碑), PDF with maps and photos, GeoJSON and KML")
        {
            month, output, format, lang, paper, district, organisation, files, json,
        };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var m = LedgerArgs.Month(parse.GetValue(month), "--month");
            var formats = ParseFormats(parse.GetValue(format));
            var size = ParsePaper(parse.GetValue(paper));
            var english = LedgerArgs.English(parse.GetValue(lang));
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var options = new MonthlyReportOptions
            {
                Month = m,
                English = english,
                District = parse.GetValue(district) ?? string.Empty,
                Organisation = parse.GetValue(organisation) ?? string.Empty,
                PhotoFilesRoot = (await PhotoStoreCommands.ResolveFilesAsync(store, parse.GetValue(files), ct).ConfigureAwait(false)).Root,
            };
            var written = await ExportAsync(store, options, parse.GetValue(output)!, formats, size, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(written.Select(f => new { format = f.Format.ToString().ToLowerInvariant(), path = f.Path, sizeBytes = f.SizeBytes, detail = f.Detail })).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            foreach (var f in written)
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{f.Path}  {f.SizeBytes:#,0} bytes  {f.Detail}")).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
