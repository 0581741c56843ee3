using System.CommandLine;
using ProjectMap.Application.Storage;
using ProjectMap.Cli.Demo;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Storage.GeoPackage;

namespace ProjectMap.Cli.Commands;

/// <summary>
/// <c>projectmap demo [--out DIR] [--db STORE] [--serve [--urls URL]]</c>: builds the sample district end to end into a
/// fresh folder, without a server; or, with an explicit --db, into that empty store (a PostgreSQL database, say), with
/// the other outputs in --out; then, with --serve, runs the web viewer on it until Ctrl+C.
/// </summary>
public static class DemoCommand
{
    /// <summary>The default output folder, relative to the working directory.</summary>
    public const string DefaultOutput = "demo-out";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = new Option<string>("--out")
        {
            Description = "Folder to build the demo in (its projectmap.gpkg is recreated unless --db names another, empty store)",
            DefaultValueFactory = _ => DefaultOutput,
        };
        var sample = new Option<string?>("--sample") { Description = "The sample-imagery folder (default: found above the working directory or the program)" };
        var serve = new Option<bool>("--serve") { Description = "After building, run the web viewer on the demo store (log in as leader / leader-demo) until Ctrl+C" };
        var serveOptions = new ServeOptions();
        var command = new Command(
            "demo",
            "Build the sample district (Wujin, Changzhou) end to end into --out: store, ledger, photos, tiles, maps, reports; an explicit --db (e.g. postgresql://…) builds into that empty store instead")
        {
            output, sample, serve,
        };
        serveOptions.AddTo(command);
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            var sampleDir = parse.GetValue(sample) is { } s ? Path.GetFullPath(s) : SampleLocator.Find();
            Directory.CreateDirectory(outDir);
            await using var store = await OpenStoreAsync(context, parse, outDir, ct).ConfigureAwait(false);
            var files = await FilesRootAsync(context, store, outDir, ct).ConfigureAwait(false);
            var demo = new DemoContext(outDir, sampleDir, store, context, files);
            await context.Out.WriteLineAsync($"ProjectMap demo: sample district from {sampleDir} into {outDir}").ConfigureAwait(false);
            foreach (var step in DemoSteps.All)
            {
                await context.Out.WriteLineAsync($"== {step.Name}").ConfigureAwait(false);
                await step.RunAsync(demo, ct).ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync($"done: store {store.Location}").ConfigureAwait(false);
            if (parse.GetValue(serve))
            {
                var viewer = await serveOptions.CompleteAsync(serveOptions.Read(parse, store.Location), parse, store, MonthlyReportStep.District, MonthlyReportStep.Organisation, ct).ConfigureAwait(false);
                return await ServeCommand.ServeAsync(context, store, viewer, ct).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The store given explicitly with --db (which must hold no projects), else a fresh projectmap.gpkg in the output folder.</summary>
    private static async Task<IProjectMapStore> OpenStoreAsync(CliContext context, ParseResult parse, string outDir, CancellationToken ct)
    {
        if (parse.GetResult(context.DbOption) is { Implicit: false })
        {
            var store = await context.OpenStoreAsync(parse, create: true, ct).ConfigureAwait(false);
            var existing = await store.Projects.ListPageAsync(null, 1, ct).ConfigureAwait(false);
            if (existing.Count > 0)
            {
                await store.DisposeAsync().ConfigureAwait(false);
                throw new CliException($"{store.Location} already holds projects; the demo builds the sample district into an empty store (a new GeoPackage file or an empty database)");
            }

            return store;
        }

        var dbPath = Path.Combine(outDir, GeoPackageStore.DefaultFileName);
        if (File.Exists(dbPath))
        {
            File.Delete(dbPath);
        }

        return await GeoPackageStore.OpenAsync(dbPath, create: true, ct).ConfigureAwait(false);
    }

    /// <summary>The store's photo folder as configured; a store without one (a new database) gets --out/projectmap.files, recorded in it.</summary>
    private static async Task<string> FilesRootAsync(CliContext context, IProjectMapStore store, string outDir, CancellationToken ct)
    {
        Application.Photos.PhotoFilesLocation location;
        try
        {
            location = await PhotoStoreCommands.ResolveFilesAsync(store, null, ct).ConfigureAwait(false);
        }
        catch (StoreException) when (store is not GeoPackageStore)
        {
            // A server store with no folder configured anywhere: the demo's own folder, recorded for later commands.
            var root = Path.Combine(outDir, Path.GetFileNameWithoutExtension(GeoPackageStore.DefaultFileName) + ".files");
            Directory.CreateDirectory(root);
            await store.Settings.SetAsync(StoreSettingKeys.PhotoFilesRoot, root, ct).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"photo originals go to {root} (recorded in the store)").ConfigureAwait(false);
            return root;
        }

        return location.Open().Root;
    }
}
