using System.CommandLine;
using System.Globalization;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Domain.Projects;
using ProjectMap.Rendering.Maps;
using ProjectMap.Rendering.Output;
using ProjectMap.Rendering.Text;

namespace ProjectMap.Cli.Commands;

/// <summary>
/// <c>projectmap render map --month YYYY-MM --overlay completion|investment|status --out FILE</c>: a district or project
/// map sheet as PNG, PDF or SVG (the format from the file's extension).
/// </summary>
public static class RenderCommands
{
    /// <summary>Creates the <c>render</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("render", "Draw maps of the district's projects as PNG, PDF or SVG");
        command.Subcommands.Add(Map(context));
        return command;
    }

    /// <summary>Parses --overlay.</summary>
    public static MapOverlay Overlay(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "completion" => MapOverlay.Completion,
        "investment" => MapOverlay.Investment,
        "status" => MapOverlay.Status,
        _ => throw new CliException($"--overlay: '{text}' is not an overlay; use completion, investment or status", ExitCodes.Usage),
    };

    /// <summary>Parses --progress (the completion overlay's measure).</summary>
    public static ProgressMeasure Progress(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "schedule" => ProgressMeasure.Schedule,
        "investment" => ProgressMeasure.Investment,
        _ => throw new CliException($"--progress: '{text}' is not a progress measure; use schedule or investment", ExitCodes.Usage),
    };

    private static Command Map(CliContext context)
    {
        var month = new Option<string>("--month") { Description = "The month mapped, yyyy-MM; figures are the ledger as of its last instant (Asia/Shanghai)", Required = true };
        var overlay = new Option<string>("--overlay")
        {
            Description = "completion (parcels filled by progress), investment (circles sized by planned investment, filled by investment progress) or status (red/amber/green outlines)",
            DefaultValueFactory = _ => "completion",
        };
        var output = new Option<string>("--out") { Description = "The file to write; .png, .pdf or .svg decides the format", Required = true };
        var project = new Option<string?>("--project") { Description = "A project code: a project map centred on its parcel instead of the district map" };
        var size = new Option<string>("--size") { Description = "Page size: A4, A3 (A2, A1, A0; landscape) or pixels as WIDTHxHEIGHT, e.g. 2480x1754", DefaultValueFactory = _ => "A3" };
        var portrait = new Option<bool>("--portrait") { Description = "Portrait paper instead of landscape" };
        var dpi = new Option<double>("--dpi") { Description = "Dots per inch: PNG pixel density (150 or 300 for print); raster layers in PDF and SVG", DefaultValueFactory = _ => 150 };
        var lang = new Option<string?>("--lang") { Description = "Words on the map: zh (default) or en" };
        var progress = new Option<string?>("--progress") { Description = "What the completion overlay shows: schedule (milestone progress, default) or investment progress" };
        var title = new Option<string?>("--title") { Description = "The title (default: made from --area and the overlay)" };
        var area = new Option<string?>("--area") { Description = "The district's name for the default title, e.g. 武进区" };
        var publisher = new Option<string?>("--publisher") { Description = "Who made the map (制图单位), printed in the credit line" };
        var review = new Option<string?>("--review-number") { Description = "The map review number (审图号) once issued; without it the slot is left blank" };
        var files = PhotoStoreCommands.FilesOption();
        var tiles = new Option<string?>("--tiles") { Description = "Tiles root with monthly pyramids ({project}/{yyyy-MM}/{z}/{x}/{y}.png or {yyyy-MM}.mbtiles), drawn in place of photos" };
        var basemap = new Option<string?>("--basemap") { Description = "A local basemap: an XYZ folder ({z}/{x}/{y}.png, Web Mercator) or an .mbtiles file" };
        var basemapCredit = new Option<string?>("--basemap-credit") { Description = "The basemap's credit for the credit line (default: its attribution or name)" };
        var noImagery = new Option<bool>("--no-imagery") { Description = "Do not draw drone imagery under the parcels" };
        var json = new Option<bool>("--json") { Description = "Print what was written as JSON: file, format, page, scale, labels, warnings" };
        var command = new Command("map", "Draw a district map (or a project map with --project) with a completion, investment or status overlay, title, legend, scale bar, north arrow and credit line")
        {
            month, overlay, output, project, size, portrait, dpi, lang, progress, title, area, publisher, review, files, tiles, basemap, basemapCredit, noImagery, json,
        };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var path = parse.GetValue(output)!;
            MapFileFormat format;
            try
            {
                format = MapFileWriter.FormatOf(path);
            }
            catch (ArgumentException e)
            {
                throw new CliException("--out: " + e.Message.Split(" (Parameter", 2)[0], ExitCodes.Usage);
            }

            MapPage page;
            try
            {
                page = MapPage.Parse(parse.GetValue(size), parse.GetValue(dpi), parse.GetValue(portrait) ? PageOrientation.Portrait : null);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new CliException("--size/--dpi: " + e.Message.Split(Environment.NewLine, 2)[0].Split(" (Parameter", 2)[0], ExitCodes.Usage);
            }

            ProjectCode? focus = null;
            if (parse.GetValue(project) is { Length: > 0 } code)
            {
                focus = ProjectCode.TryParse(code, out var c, out var problem) ? c : throw new CliException($"--project: {problem}", ExitCodes.Usage);
            }

            var request = new MapRequest
            {
                Month = LedgerArgs.Month(parse.GetValue(month), "--month"),
                Overlay = Overlay(parse.GetValue(overlay)),
                Progress = Progress(parse.GetValue(progress)),
                Project = focus,
                English = LedgerArgs.English(parse.GetValue(lang)),
                Page = page,
                Title = parse.GetValue(title),
                AreaName = parse.GetValue(area),
                Publisher = parse.GetValue(publisher),
                ReviewNumber = parse.GetValue(review),
                Imagery = !parse.GetValue(noImagery),
            };
            EnsureFonts();
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var sources = new MapSources(
                (await PhotoStoreCommands.ResolveFilesAsync(store, parse.GetValue(files), ct).ConfigureAwait(false)).Root,
                parse.GetValue(tiles),
                parse.GetValue(basemap),
                parse.GetValue(basemapCredit));
            using var data = await MapDataLoader.LoadAsync(store, request, sources, ct).ConfigureAwait(false);
            var result = MapFileWriter.Write(path, data, request);
            await WriteOutcomeAsync(context, parse.GetValue(json), Path.GetFullPath(path), format, request, data, result).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Checks a Chinese font is present, as a one-line CLI error when it is not.</summary>
    public static void EnsureFonts()
    {
        try
        {
            MapFileWriter.EnsureFonts();
        }
        catch (FontUnavailableException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static async Task WriteOutcomeAsync(CliContext context, bool json, string path, MapFileFormat format, MapRequest request, MapData data, MapRenderResult result)
    {
        var ic = CultureInfo.InvariantCulture;
        var scale = result.Viewport is { } v ? MapFormat.Scale(v.ScaleDenominator) : null;
        if (json)
        {
            await context.WriteJsonAsync(new
            {
                file = path,
                format = format.ToString().ToLowerInvariant(),
                page = request.Page.Name,
                widthPx = request.Page.WidthPx,
                heightPx = request.Page.HeightPx,
                dpi = request.Page.Dpi,
                scale,
                projects = data.Projects.Count,
                labels = result.Labels.Count,
                omittedLabels = result.OmittedLabels,
                scaleBarMetres = result.ScaleBar?.GroundMetres,
                warnings = result.Warnings,
            }).ConfigureAwait(false);
            return;
        }

        var size = format == MapFileFormat.Png
            ? string.Create(ic, $"{request.Page.WidthPx}×{request.Page.HeightPx} px at {request.Page.Dpi:0} dpi")
            : string.Create(ic, $"{request.Page.WidthMm:0}×{request.Page.HeightMm:0} mm");
        await context.Out.WriteLineAsync(string.Create(
            ic,
            $"wrote {path} ({format.ToString().ToUpperInvariant()}, {request.Page.Name}, {size}; {data.Projects.Count} projects{(scale is null ? string.Empty : ", scale " + scale)}; {result.OmittedLabels} labels left out for room)")).ConfigureAwait(false);
        foreach (var warning in result.Warnings)
        {
            await context.Error.WriteLineAsync("warning: " + warning).ConfigureAwait(false);
        }
    }
}
