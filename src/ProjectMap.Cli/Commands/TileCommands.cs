using System.CommandLine;
using System.Globalization;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Domain.Time;
using ProjectMap.Tiles.Building;
using ProjectMap.Tiles.Grids;
using ProjectMap.Tiles.Mosaic;
using ProjectMap.Tiles.Output;

namespace ProjectMap.Cli.Commands;

/// <summary><c>projectmap tiles build|photo|list</c>: XYZ tile pyramids warped straight from the photos.</summary>
public static class TileCommands
{
    /// <summary>Creates the <c>tiles</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("tiles", "Warp drone photos into XYZ tile pyramids (monthly mosaics per project, or one photo)");
        command.Subcommands.Add(Build(context));
        command.Subcommands.Add(Photo(context));
        command.Subcommands.Add(List(context));
        return command;
    }

    /// <summary>The options both build commands share.</summary>
    private sealed class PyramidOptions
    {
        public Option<string> Grid { get; } = new("--grid")
        {
            Description = "Tile grid: webmercator (EPSG:3857 XYZ, default) or cgcs2000 (EPSG:4490 lon/lat, Tianditu's _c grid)",
            DefaultValueFactory = _ => "webmercator",
        };

        public Option<string> Format { get; } = new("--format") { Description = "Tile format: png (default) or webp", DefaultValueFactory = _ => "png" };

        public Option<int> Threads { get; } = new("--threads") { Description = "Worker threads (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };

        public Option<bool> Force { get; } = new("--force") { Description = "Rebuild every tile even when the manifest says nothing changed" };

        public Option<bool> Json { get; } = new("--json") { Description = "Print the build report as JSON" };

        public void AddTo(Command command)
        {
            command.Options.Add(Grid);
            command.Options.Add(Format);
            command.Options.Add(Threads);
            command.Options.Add(Force);
            command.Options.Add(Json);
        }

        public (ITileGrid Grid, TileFormat Format, MosaicOptions Mosaic) Read(ParseResult parse)
        {
            try
            {
                var threads = parse.GetValue(Threads);
                if (threads < 1)
                {
                    throw new CliException("--threads must be at least 1", ExitCodes.Usage);
                }

                return (TileGrid.FromId(parse.GetValue(Grid)!), TileFormats.Parse(parse.GetValue(Format)!), MosaicOptions.Default with { Threads = threads });
            }
            catch (FormatException e)
            {
                throw new CliException(e.Message, ExitCodes.Usage);
            }
        }
    }

    private static Option<string> ZoomOption(string defaultRange) => new("--zoom")
    {
        Description = $"Zoom levels Z1-Z2 (default {defaultRange})",
        DefaultValueFactory = _ => defaultRange,
    };

    private static ZoomRange ParseZoom(string text)
    {
        try
        {
            return ZoomRange.Parse(text);
        }
        catch (FormatException e)
        {
            throw new CliException(e.Message, ExitCodes.Usage);
        }
    }

    private static Command Build(CliContext context)
    {
        var project = new Option<string?>("--project") { Description = "Only this project's photos (default: every project)" };
        var month = new Option<string?>("--month") { Description = "Only this capture month, YYYY-MM (Asia/Shanghai; default: every month)" };
        var zoom = ZoomOption("15-21");
        var output = new Option<string>("--out") { Description = "The tiles root: pyramids go to OUT/{project}/{yyyy-mm}/{z}/{x}/{y}.png", DefaultValueFactory = _ => "tiles" };
        var mbtiles = new Option<bool>("--mbtiles") { Description = "Write OUT/{project}/{yyyy-mm}.mbtiles files instead of folders (Web Mercator only)" };
        var files = PhotoStoreCommands.FilesOption();
        var noCorrections = new Option<bool>("--ignore-corrections") { Description = "Warp every photo through its pose even when an officer stored a correction" };
        var options = new PyramidOptions();
        var command = new Command(
            "build",
            "Build one mosaic pyramid per project and month from the stored photos (most nadir, closest photo on top, feathered seams); " +
            "only tiles touched by added, removed or changed photos are rebuilt")
        {
            project, month, zoom, output, mbtiles, files, noCorrections,
        };
        options.AddTo(command);
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var (grid, format, mosaic) = options.Read(parse);
            YearMonth? m = null;
            if (parse.GetValue(month) is { } text)
            {
                m = YearMonth.TryParse(text, out var ym) ? ym : throw new CliException($"--month '{text}' is not YYYY-MM", ExitCodes.Usage);
            }

            if (parse.GetValue(mbtiles) && grid.Id != TileGrid.WebMercator.Id)
            {
                throw new CliException("--mbtiles holds Web Mercator tiles only; build --grid cgcs2000 as folders", ExitCodes.Usage);
            }

            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var service = new TileBuildService(store, new Application.Photos.PhotoFileStore((await PhotoStoreCommands.ResolveFilesAsync(store, parse.GetValue(files), ct).ConfigureAwait(false)).Root));
            var outcome = await service.BuildAsync(
                new TileBuildRequest
                {
                    Root = parse.GetValue(output)!,
                    ProjectCode = parse.GetValue(project),
                    Month = m,
                    Zooms = ParseZoom(parse.GetValue(zoom)!),
                    Grid = grid,
                    Format = format,
                    MbTiles = parse.GetValue(mbtiles),
                    Force = parse.GetValue(options.Force),
                    UseCorrections = !parse.GetValue(noCorrections),
                    Mosaic = mosaic,
                },
                ct).ConfigureAwait(false);
            await WriteReportAsync(context, outcome, parse.GetValue(options.Json)).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Photo(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A georeferenced drone photo (JPEG)" };
        var zoom = ZoomOption("16-21");
        var output = new Option<string>("--out") { Description = "Folder of the pyramid: OUT/{z}/{x}/{y}.png with tilejson.json", Required = true };
        var photoOptions = new PhotoOptions();
        var options = new PyramidOptions();
        var command = new Command("photo", "Warp one photo through its exact homography into a tile pyramid (same layout, without project and month)") { file, zoom, output };
        photoOptions.AddTo(command);
        options.AddTo(command);
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var (grid, format, mosaic) = options.Read(parse);
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException($"{path}: no such file");
            }

            Tiles.Warping.WarpPhoto photo;
            try
            {
                photo = WarpPhotos.FromFile(path, photoOptions.Read(parse, computeSha256: true));
            }
            catch (Exception e) when (e is InvalidDataException or ArgumentException)
            {
                throw new CliException(e.Message);
            }

            var builder = new PyramidBuilder(grid, format, ParseZoom(parse.GetValue(zoom)!), mosaic);
            using var store = new DirectoryPyramidStore(parse.GetValue(output)!, format);
            var report = builder.Build(store, [photo], null, null, Path.GetFileNameWithoutExtension(path), $"{photo.Name} warped through its {photo.Source}", parse.GetValue(options.Force), ct);
            await WriteReportAsync(context, new TileBuildOutcome([report], []), parse.GetValue(options.Json)).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var root = new Option<string>("--out") { Description = "The tiles root", DefaultValueFactory = _ => "tiles" };
        var json = new Option<bool>("--json") { Description = "Print the pyramids as a JSON array" };
        var command = new Command("list", "List the pyramids under a tiles root: project, month, grid, zooms, bounds, photos") { root, json };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var pyramids = new Tiles.Catalog.TilePyramidCatalog(parse.GetValue(root)!).List();
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(pyramids).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var ic = CultureInfo.InvariantCulture;
            var table = new TextTable("project", "month", "grid", "zooms", "photos", "bounds (W S E N)", "storage");
            foreach (var p in pyramids)
            {
                table.Add(p.Project, p.Month, p.Grid, $"{p.MinZoom}-{p.MaxZoom}", p.Photos.ToString(ic), string.Create(ic, $"{p.West:0.00000} {p.South:0.00000} {p.East:0.00000} {p.North:0.00000}"), p.Storage);
            }

            await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Prints a build outcome as a table (or JSON).</summary>
    internal static async Task WriteReportAsync(CliContext context, TileBuildOutcome outcome, bool json)
    {
        if (json)
        {
            await context.WriteJsonAsync(new { pyramids = outcome.Pyramids, skipped = outcome.Skipped }).ConfigureAwait(false);
            return;
        }

        var ic = CultureInfo.InvariantCulture;
        var table = new TextTable("pyramid", "mode", "photos", "changed", "tiles written", "removed/empty", "decoded", "max proj. err px", "s");
        table.RightAligned.UnionWith([2, 3, 4, 5, 6, 7, 8]);
        foreach (var r in outcome.Pyramids)
        {
            table.Add(
                r.Project is null ? r.Location : $"{r.Project} {r.Month}", r.Mode, r.Photos.ToString(ic), r.ChangedPhotos.ToString(ic), r.TilesWritten.ToString(ic),
                r.TilesDeleted.ToString(ic), r.PhotosDecoded.ToString(ic), r.MaxProjectionErrorPx.ToString("0.0000", ic), r.Seconds.ToString("0.00", ic));
        }

        await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
        foreach (var s in outcome.Skipped)
        {
            await context.Error.WriteLineAsync($"warning: left out {s}").ConfigureAwait(false);
        }

        if (outcome.Pyramids.Count == 0)
        {
            await context.Out.WriteLineAsync("no photos filed under a project and month: nothing to build").ConfigureAwait(false);
        }
    }
}
