using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ProjectMap.Application.Photos.Exports;
using ProjectMap.Application.Storage;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Correction;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Imagery.Inspection;

namespace ProjectMap.Cli.Commands;

/// <summary><c>projectmap photo correct|export</c>: officers' control-point corrections and per-photo exports.</summary>
public static class PhotoCorrectionCommands
{
    /// <summary>Creates the subcommands.</summary>
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Correct(context);
        yield return Export(context);
    }

    private static Command Correct(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The photo (already ingested into --db)" };
        var pairs = new Option<string[]>("--pair")
        {
            Description = "COL,ROW,LAT,LON: a pixel and the surveyed ground point it shows (give 2 for a similarity, 3 for an affine fit, 4+ for a homography)",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var json = new Option<bool>("--json") { Description = "Print the fitted model and residuals as JSON" };
        var command = new Command("correct", "Fit a correction of a stored photo's georeference from control pairs and store it beside the photo (its metadata is never changed)") { file, pairs, json };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var path = parse.GetValue(file)!;
            string sha;
            await using (var s = File.OpenRead(path))
            {
                sha = PhotoInspector.Sha256Hex(s);
            }

            var photo = await store.Photos.FindAsync(sha, ct).ConfigureAwait(false)
                        ?? throw new CliException($"{PhotoInspector.SafeName(path)} is not in {store.Location}; run 'projectmap photo ingest' first");
            var frame = new LocalGroundFrame(new GeodeticPoint(photo.LatitudeDeg, photo.LongitudeDeg));
            var given = (parse.GetValue(pairs) ?? []).Select(p => ParsePair(p, frame)).ToList();
            if (given.Count < 2)
            {
                throw new CliException("give at least two --pair COL,ROW,LAT,LON", ExitCodes.Usage);
            }

            CorrectionFit fit;
            try
            {
                fit = ControlPointFitter.Fit(given.Select(g => g.Pair).ToList());
            }
            catch (ArgumentException e)
            {
                throw new CliException(e.Message);
            }

            var model = fit.Model.ToString().ToLowerInvariant();
            var pairJson = JsonSerializer.Serialize(given.Select((g, i) => new { col = g.Pair.Column, row = g.Pair.Row, lat = g.Ground.LatitudeDeg, lon = g.Ground.LongitudeDeg, residualM = fit.ResidualsM[i] }));
            var m = fit.PixelToLocal.Matrix;
            var record = new PhotoCorrectionRecord(
                sha, model, [m.M11, m.M12, m.M13, m.M21, m.M22, m.M23, m.M31, m.M32, m.M33], photo.LatitudeDeg, photo.LongitudeDeg, pairJson,
                fit.RmsResidualM, fit.MaxResidualM, DateTimeOffset.UtcNow);
            await store.Photos.AddCorrectionAsync(record, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(new { sha256 = sha, model, pairs = JsonDocument.Parse(pairJson).RootElement, rmsResidualM = fit.RmsResidualM, maxResidualM = fit.MaxResidualM }).ConfigureAwait(false);
            }
            else
            {
                var ic = CultureInfo.InvariantCulture;
                await context.Out.WriteLineAsync(string.Create(ic, $"stored a {model} correction for {photo.FileName} from {given.Count} pairs: rms {fit.RmsResidualM:0.000} m, max {fit.MaxResidualM:0.000} m")).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Export(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The photo" };
        var output = new Option<string>("--out") { Description = "Folder to write the exports into", DefaultValueFactory = _ => "." };
        var useCorrection = new Option<bool>("--corrected") { Description = "Use the latest correction stored for this photo in --db instead of its pose" };
        var options = new PhotoOptions();
        var command = new Command("export", "Write the photo's footprint GeoJSON, a world file (.jgw + .prj, only where an affine fit is within 0.5 px) and a KML GroundOverlay (gx:LatLonQuad) with a copy of the photo")
        {
            file, output, useCorrection,
        };
        options.AddTo(command);
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var path = parse.GetValue(file)!;
            var inspection = PhotoInspector.InspectFile(path, options.Read(parse, computeSha256: true), path);
            if (inspection.Georeference is not { } geo)
            {
                throw new CliException($"{inspection.FileName}: rejected: {inspection.Reason}");
            }

            var mapping = new PhotoMapping(geo.PixelToLocal, geo.Frame, geo.Camera.WidthPx, geo.Camera.HeightPx, "pose");
            if (parse.GetValue(useCorrection))
            {
                await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
                var c = await store.Photos.LatestCorrectionAsync(inspection.Sha256!, ct).ConfigureAwait(false)
                        ?? throw new CliException($"no correction stored for {inspection.FileName} in {store.Location}");
                mapping = PhotoMapping.FromCorrection(c, geo.Camera.WidthPx, geo.Camera.HeightPx);
            }

            var dir = Path.GetFullPath(parse.GetValue(output)!);
            Directory.CreateDirectory(dir);
            var stem = PhotoExporter.Stem(Path.GetFileName(path), inspection.Sha256!);
            var ext = inspection.Metadata!.Format == Imagery.Metadata.PhotoFormat.Jpeg ? ".jpg" : ".tif";
            var image = Path.Combine(dir, stem + ext);
            File.Copy(path, image, overwrite: true);
            await File.WriteAllTextAsync(Path.Combine(dir, stem + ".footprint.geojson"), PhotoExporter.FootprintGeoJson(inspection, mapping), ct).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"wrote {stem}.footprint.geojson").ConfigureAwait(false);
            var (world, prj, fit) = PhotoExporter.WorldFile(mapping);
            var ic = CultureInfo.InvariantCulture;
            if (world is not null)
            {
                await File.WriteAllTextAsync(Path.Combine(dir, stem + (ext == ".jpg" ? ".jgw" : ".tfw")), world, ct).ConfigureAwait(false);
                await File.WriteAllTextAsync(Path.Combine(dir, stem + ".prj"), prj, ct).ConfigureAwait(false);
                await context.Out.WriteLineAsync(string.Create(ic, $"wrote {stem}{(ext == ".jpg" ? ".jgw" : ".tfw")} + {stem}.prj ({mapping.Frame.Zone}; affine fit within {fit.MaxErrorPx:0.00} px of the homography)")).ConfigureAwait(false);
            }
            else
            {
                await context.Out.WriteLineAsync(string.Create(ic,
                    $"no world file: an affine transform is off by up to {fit.MaxErrorPx:0.0} px from this photo's perspective (limit {PhotoExporter.WorldFileTolerancePx} px); use the KML overlay or the homography")).ConfigureAwait(false);
            }

            try
            {
                await File.WriteAllTextAsync(Path.Combine(dir, stem + ".kml"), PhotoExporter.Kml(inspection, mapping, stem + ext), ct).ConfigureAwait(false);
                await context.Out.WriteLineAsync($"wrote {stem}.kml (GroundOverlay with gx:LatLonQuad over {stem}{ext})").ConfigureAwait(false);
            }
            catch (InvalidOperationException e)
            {
                await context.Out.WriteLineAsync($"no KML: {e.Message}").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static (ControlPair Pair, GeodeticPoint Ground) ParsePair(string text, LocalGroundFrame frame)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new double[4];
        if (parts.Length != 4 || parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) && double.IsFinite(values[i])).Any(ok => !ok))
        {
            throw new CliException($"--pair must be COL,ROW,LAT,LON (four numbers), not '{text}'", ExitCodes.Usage);
        }

        var ground = new GeodeticPoint(values[2], values[3]);
        if (!ground.IsValid)
        {
            throw new CliException($"--pair '{text}': latitude/longitude out of range", ExitCodes.Usage);
        }

        var (e, n) = frame.ToLocal(ground);
        return (new ControlPair(values[0], values[1], e, n), ground);
    }
}
