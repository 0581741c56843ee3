using System.CommandLine;
using System.Globalization;
using ProjectMap.Application.Photos;
using ProjectMap.Application.Serialization;
using ProjectMap.Application.Storage;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Domain.Time;
using ProjectMap.Storage.GeoPackage;

namespace ProjectMap.Cli.Commands;

/// <summary><c>projectmap photo ingest|list|quarantine</c>: photos in the store.</summary>
public static class PhotoStoreCommands
{
    /// <summary>The --files option: where originals and quarantined files are kept.</summary>
    public static Option<string?> FilesOption() => new("--files")
    {
        Description = "Folder of the content-addressed photo files (originals/, quarantine/); default: $PROJECTMAP_FILES, else the folder recorded in the store " +
                      "(projectmap init --files), else <db name>.files beside a GeoPackage file (a PostgreSQL store has no default)",
    };

    /// <summary>
    /// Where a store's photo files are: <paramref name="files"/> (the --files value), else $PROJECTMAP_FILES, else the
    /// store's setting, else beside a GeoPackage file; throws <see cref="StoreException"/> for a PostgreSQL store with none.
    /// </summary>
    public static Task<PhotoFilesLocation> ResolveFilesAsync(IProjectMapStore store, string? files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return PhotoFilesLocation.ResolveAsync(
            store,
            files,
            Environment.GetEnvironmentVariable(PhotoFilesLocation.EnvironmentVariable),
            store is GeoPackageStore ? PhotoFileStore.DefaultRootFor(store.Location) : null,
            cancellationToken);
    }

    /// <summary>How a files location's source is printed: "--files", "PROJECTMAP_FILES", "store setting" or "beside the GeoPackage".</summary>
    public static string SourceName(PhotoFilesSource source) => source switch
    {
        PhotoFilesSource.Option => "--files",
        PhotoFilesSource.Environment => PhotoFilesLocation.EnvironmentVariable,
        PhotoFilesSource.StoreSetting => "store setting",
        _ => "beside the GeoPackage",
    };

    /// <summary>Creates the subcommands.</summary>
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Ingest(context);
        yield return List(context);
        yield return Quarantine(context);
        foreach (var c in PhotoCorrectionCommands.Create(context))
        {
            yield return c;
        }
    }

    /// <summary>Prints an ingest summary: counts per outcome and a table of every file that was not simply accepted.</summary>
    public static async Task WriteSummaryAsync(TextWriter output, IReadOnlyDictionary<IngestOutcome, int> counts, IReadOnlyList<IngestFileResult> notable)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(notable);
        var totals = new TextTable("outcome", "files");
        totals.RightAligned.Add(1);
        foreach (var o in Enum.GetValues<IngestOutcome>())
        {
            totals.Add(OutcomeName(o), counts.GetValueOrDefault(o).ToString(CultureInfo.InvariantCulture));
        }

        totals.Add("total", counts.Values.Sum().ToString(CultureInfo.InvariantCulture));
        await output.WriteAsync(totals.ToString()).ConfigureAwait(false);
        if (notable.Count > 0)
        {
            var table = new TextTable("file", "outcome", "month", "project", "reason / warnings");
            foreach (var r in notable)
            {
                table.Add(r.File, OutcomeName(r.Outcome), r.Month ?? "-", r.ProjectCode ?? "-", r.Reason ?? string.Join("; ", r.Warnings));
            }

            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteAsync(table.ToString()).ConfigureAwait(false);
        }
    }

    /// <summary>The words for an outcome.</summary>
    public static string OutcomeName(IngestOutcome outcome) => outcome switch
    {
        IngestOutcome.Accepted => "accepted",
        IngestOutcome.AcceptedWithWarnings => "accepted with warnings",
        IngestOutcome.Duplicate => "duplicate",
        _ => "rejected",
    };

    private static Command Ingest(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Photo files and folders (JPEG/TIFF, folders searched recursively)", Arity = ArgumentArity.OneOrMore };
        var project = new Option<string?>("--project") { Description = "File every photo under this project code (default: the project whose parcel the photo covers most)" };
        var files = FilesOption();
        var json = new Option<bool>("--json") { Description = "Print {\"files\":[…],\"totals\":{…}} instead of the tables" };
        var options = new PhotoOptions();
        var command = new Command("ingest", "Store photos: keep originals byte for byte (sha256), georeference, match to parcels, file by month; rejected files go to quarantine. Safe to rerun.")
        {
            paths, project, files, json,
        };
        options.AddTo(command);
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var ingestOptions = new IngestOptions { Inspection = options.Read(parse, computeSha256: false), ProjectCode = parse.GetValue(project) };
            await using var store = await context.OpenStoreAsync(parse, create: true, ct).ConfigureAwait(false);
            var location = await ResolveFilesAsync(store, parse.GetValue(files), ct).ConfigureAwait(false);
            var fileStore = location.Open();
            var service = new PhotoIngestService(store, fileStore);
            var asJson = parse.GetValue(json);
            var inputs = parse.GetValue(paths)!;
            var progress = !asJson && ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected
                ? new ProgressBar(context.Out, PhotoFiles.Expand(inputs).LongCount())
                : null;
            var counts = new Dictionary<IngestOutcome, int>();
            var notable = new List<IngestFileResult>();
            var all = asJson ? new List<IngestFileResult>() : null;
            await foreach (var r in service.IngestAsync(PhotoFiles.Expand(inputs), ingestOptions, ct).ConfigureAwait(false))
            {
                counts[r.Outcome] = counts.GetValueOrDefault(r.Outcome) + 1;
                all?.Add(r);
                if (r.Outcome != IngestOutcome.Accepted)
                {
                    notable.Add(r);
                }

                progress?.Advance(r.File);
            }

            progress?.Finish();
            if (asJson)
            {
                await context.WriteJsonAsync(new
                {
                    store = store.Location,
                    files = all!.Select(r => new
                    {
                        r.File,
                        r.Sha256,
                        outcome = OutcomeName(r.Outcome),
                        r.Reason,
                        r.Warnings,
                        r.Month,
                        project = r.ProjectCode,
                        r.StoredPath,
                    }),
                    totals = Enum.GetValues<IngestOutcome>().ToDictionary(OutcomeName, o => counts.GetValueOrDefault(o)),
                    recoveredFiles = service.RecoveredFiles,
                    filesRoot = fileStore.Root,
                    filesSource = SourceName(location.Source),
                }).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await context.Out.WriteLineAsync($"ingested into {store.Location} (files in {fileStore.Root})").ConfigureAwait(false);
            if (service.RecoveredFiles > 0)
            {
                await context.Out.WriteLineAsync($"recovered after an interrupted run: removed {service.RecoveredFiles} unfinished file(s)").ConfigureAwait(false);
            }

            await WriteSummaryAsync(context.Out, counts, notable).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var project = new Option<string?>("--project") { Description = "Only photos filed under this project code" };
        var month = new Option<string?>("--month") { Description = "Only photos of this capture month, YYYY-MM (Asia/Shanghai)" };
        var json = new Option<bool>("--json") { Description = "Print a JSON array with footprints as GeoJSON" };
        var command = new Command("list", "List stored photos with month, project, GSD and accuracy") { project, month, json };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var query = new PhotoQuery(parse.GetValue(project), parse.GetValue(month) is { } m ? YearMonth.Parse(m) : null);
            var photos = await store.Photos.ListAsync(query, ct).ConfigureAwait(false);
            var ic = CultureInfo.InvariantCulture;
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(photos.Select(p => new
                {
                    p.Sha256,
                    file = p.FileName,
                    p.StoredPath,
                    p.Status,
                    p.Warnings,
                    capturedAt = p.CapturedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", ic),
                    month = p.Month?.ToString(),
                    project = p.ProjectCode,
                    lat = p.LatitudeDeg,
                    lon = p.LongitudeDeg,
                    heightAboveGroundM = p.HeightAboveGroundM,
                    p.GsdCm,
                    p.AccuracyM,
                    footprint = GeoJson.ToElement(p.Footprint),
                })).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var table = new TextTable("sha256", "file", "month", "project", "GSD cm", "±m", "status");
            table.RightAligned.UnionWith([4, 5]);
            foreach (var p in photos)
            {
                table.Add(p.Sha256[..12], p.FileName, p.Month?.ToString() ?? "-", p.ProjectCode ?? "-", p.GsdCm.ToString("0.00", ic), p.AccuracyM.ToString("0.0", ic), p.Status);
            }

            await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Quarantine(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array" };
        var command = new Command("quarantine", "List rejected files kept in quarantine, with the reason") { json };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var list = await store.Photos.ListQuarantineAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(list).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var table = new TextTable("sha256", "file", "reason", "kept at");
            foreach (var q in list)
            {
                table.Add(q.Sha256[..12], q.FileName, q.Reason, q.StoredPath);
            }

            await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }
}
