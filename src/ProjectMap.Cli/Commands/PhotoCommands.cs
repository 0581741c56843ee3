using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ProjectMap.Application.Photos;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Inspection;

namespace ProjectMap.Cli.Commands;

/// <summary><c>projectmap photo inspect|locate|ingest|correct|export|list</c>: drone photos, georeferenced.</summary>
public static class PhotoCommands
{
    /// <summary>Creates the <c>photo</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("photo", "Drone photos: read metadata, georeference, locate pixels, ingest into the store, correct, export");
        command.Subcommands.Add(Inspect(context));
        command.Subcommands.Add(Locate(context));
        foreach (var sub in PhotoStoreCommands.Create(context))
        {
            command.Subcommands.Add(sub);
        }

        return command;
    }

    /// <summary>Inspects files in parallel, yielding results in input order.</summary>
    public static IEnumerable<PhotoInspection> InspectAll(IEnumerable<string> files, InspectionOptions options) =>
        files.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .Select(f => PhotoInspector.InspectFile(f, options, f));

    private static Command Inspect(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "Photos (JPEG, TIFF) or folders of photos", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print a JSON array, one object per file (the contract fields)" };
        var sources = new Option<bool>("--sources") { Description = "With --json, add a \"sources\" object naming the tag each value came from" };
        var noHash = new Option<bool>("--no-hash") { Description = "Do not compute sha256 (reads headers only; sha256 is null)" };
        var options = new PhotoOptions();
        var command = new Command("inspect", "Read each photo's metadata (never its pixels), resolve camera and pose, and report footprint, GSD and accuracy; rejected files say why") { files, json, sources, noHash };
        options.AddTo(command);
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var inspectionOptions = options.Read(parse, computeSha256: !parse.GetValue(noHash));
            var results = InspectAll(PhotoFiles.Expand(parse.GetValue(files)!), inspectionOptions);
            if (parse.GetValue(json))
            {
                await WriteJsonArrayAsync(context, results, parse.GetValue(sources), ct).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var table = new TextTable("file", "status", "model", "lat", "lon", "height m", "yaw°", "pitch°", "GSD cm", "±m", "reason / warnings");
            table.RightAligned.UnionWith([3, 4, 5, 6, 7, 8, 9]);
            var ic = CultureInfo.InvariantCulture;
            foreach (var r in results)
            {
                ct.ThrowIfCancellationRequested();
                var m = r.Metadata;
                table.Add(
                    r.FileName,
                    PhotoInspectionJson.StatusName(r.Status),
                    m?.Model?.Value ?? "-",
                    m?.LatitudeDeg?.Value.ToString("0.000000", ic) ?? "-",
                    m?.LongitudeDeg?.Value.ToString("0.000000", ic) ?? "-",
                    r.Pose?.HeightAboveGroundM.ToString("0.0", ic) ?? "-",
                    m?.GimbalYawDeg?.Value.ToString("0.0", ic) ?? "-",
                    m?.GimbalPitchDeg?.Value.ToString("0.0", ic) ?? "-",
                    r.GsdCm?.ToString("0.00", ic) ?? "-",
                    r.AccuracyM?.ToString("0.0", ic) ?? "-",
                    r.Reason ?? string.Join("; ", r.Warnings));
            }

            await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static async Task WriteJsonArrayAsync(CliContext context, IEnumerable<PhotoInspection> results, bool withSources, CancellationToken ct)
    {
        await context.Out.WriteLineAsync("[").ConfigureAwait(false);
        var first = true;
        foreach (var r in results)
        {
            ct.ThrowIfCancellationRequested();
            var node = JsonSerializer.SerializeToNode(PhotoInspectionJson.From(r), Json.Options)!.AsObject();
            if (withSources)
            {
                node["sources"] = JsonSerializer.SerializeToNode(PhotoInspectionJson.Sources(r), Json.Options);
            }

            if (!first)
            {
                await context.Out.WriteLineAsync(",").ConfigureAwait(false);
            }

            first = false;
            await context.Out.WriteAsync(node.ToJsonString(Json.Options)).ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync(first ? "]" : "\n]").ConfigureAwait(false);
    }

    private static Command Locate(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The photo" };
        var pixel = new Option<string?>("--pixel") { Description = "COL,ROW: pixel position (origin at the top-left corner of the stored image, columns right, rows down; pixel centres at +0.5)" };
        var ground = new Option<string?>("--ground") { Description = "LAT,LON: a ground point in WGS84/CGCS2000 degrees, to find its pixel" };
        var json = new Option<bool>("--json") { Description = "Print {\"lat\",\"lon\"} (for --pixel) or {\"col\",\"row\"} (for --ground)" };
        var corrected = new Option<bool>("--corrected") { Description = "Use the latest officer's correction stored for this photo in --db instead of its pose" };
        var options = new PhotoOptions();
        var command = new Command("locate", "Map a pixel to the ground (--pixel) or a ground point to its pixel (--ground) through the photo's exact flat-ground homography") { file, pixel, ground, json, corrected };
        options.AddTo(command);
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var path = parse.GetValue(file)!;
            var (p, g) = (parse.GetValue(pixel), parse.GetValue(ground));
            if ((p is null) == (g is null))
            {
                throw new CliException("give exactly one of --pixel COL,ROW or --ground LAT,LON", ExitCodes.Usage);
            }

            var useCorrection = parse.GetValue(corrected);
            var inspection = PhotoInspector.InspectFile(path, options.Read(parse, computeSha256: useCorrection), path);
            if (inspection.Georeference is not { } geo)
            {
                throw new CliException($"{inspection.FileName}: rejected: {inspection.Reason}");
            }

            var pixelToLocal = geo.PixelToLocal;
            var frame = geo.Frame;
            if (useCorrection)
            {
                await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
                var c = await store.Photos.LatestCorrectionAsync(inspection.Sha256!, ct).ConfigureAwait(false)
                        ?? throw new CliException($"no correction stored for {inspection.FileName} in {store.Location}");
                var m = c.Matrix;
                pixelToLocal = new Imagery.Mathematics.Homography(new Imagery.Mathematics.Matrix3(m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]));
                frame = new Imagery.Georeferencing.LocalGroundFrame(new GeodeticPoint(c.FrameOriginLatDeg, c.FrameOriginLonDeg));
            }

            var ic = CultureInfo.InvariantCulture;
            var asJson = parse.GetValue(json);
            if (p is not null)
            {
                var (col, row) = ParsePair(p, "--pixel", "COL,ROW");
                if (!pixelToLocal.TryApply(col, row, out var east, out var north))
                {
                    throw new CliException(string.Create(ic, $"the ray of pixel ({col}, {row}) does not meet the ground (at or above the horizon)"));
                }

                var point = frame.ToGeodetic(east, north);
                if (asJson)
                {
                    await context.WriteJsonAsync(new { lat = point.LatitudeDeg, lon = point.LongitudeDeg }).ConfigureAwait(false);
                }
                else
                {
                    await context.Out.WriteLineAsync(string.Create(ic, $"{point.LatitudeDeg:0.000000000}, {point.LongitudeDeg:0.000000000}  (±{inspection.AccuracyM:0.0} m)")).ConfigureAwait(false);
                }
            }
            else
            {
                var (lat, lon) = ParsePair(g!, "--ground", "LAT,LON");
                var target = new GeodeticPoint(lat, lon);
                if (!target.IsValid)
                {
                    throw new CliException(string.Create(ic, $"--ground {lat},{lon} is not a latitude/longitude in range"));
                }

                var (e, n) = frame.ToLocal(target);
                if (!pixelToLocal.Inverse().TryApply(e, n, out var col, out var row))
                {
                    throw new CliException("the ground point is behind the camera; no pixel shows it");
                }

                if (asJson)
                {
                    await context.WriteJsonAsync(new { col, row }).ConfigureAwait(false);
                }
                else
                {
                    var inside = col >= 0 && row >= 0 && col <= geo.Camera.WidthPx && row <= geo.Camera.HeightPx;
                    await context.Out.WriteLineAsync(string.Create(ic, $"{col:0.00}, {row:0.00}{(inside ? string.Empty : "  (outside the image)")}")).ConfigureAwait(false);
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Parses "A,B" as two invariant-culture numbers.</summary>
    internal static (double A, double B) ParsePair(string text, string option, string shape)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 ||
            !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var a) ||
            !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var b) ||
            !double.IsFinite(a) || !double.IsFinite(b))
        {
            throw new CliException($"{option} must be {shape} (two numbers with a comma, e.g. 2000.5,1125), not '{text}'", ExitCodes.Usage);
        }

        return (a, b);
    }
}
