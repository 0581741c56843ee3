using System.CommandLine;
using ProjectMap.Cli.Demo;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Storage.GeoPackage;

namespace ProjectMap.Cli.Commands;

/// <summary>
/// <c>projectmap demo [--out DIR] [--serve [--urls URL]]</c>: builds the sample district end to end into a fresh folder,
/// then, with --serve, runs the web viewer on it until Ctrl+C.
/// </summary>
public static class DemoCommand
{
    /// <summary>The default output folder, relative to the working directory.</summary>
    public const string DefaultOutput = "demo-out";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = new Option<string>("--out") { Description = "Folder to build the demo in (its projectmap.gpkg is recreated)", DefaultValueFactory = _ => DefaultOutput };
        var sample = new Option<string?>("--sample") { Description = "The sample-imagery folder (default: found above the working directory or the program)" };
        var serve = new Option<bool>("--serve") { Description = "After building, run the web viewer on the demo store (log in as leader / leader-demo) until Ctrl+C" };
        var serveOptions = new ServeOptions();
        var command = new Command("demo", "Build the sample district (Wujin, Changzhou) end to end into --out: store, ledger, photos, tiles, maps, reports") { output, sample, serve };
        serveOptions.AddTo(command);
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            var sampleDir = parse.GetValue(sample) is { } s ? Path.GetFullPath(s) : SampleLocator.Find();
            Directory.CreateDirectory(outDir);
            var dbPath = Path.Combine(outDir, GeoPackageStore.DefaultFileName);
            if (File.Exists(dbPath))
            {
                File.Delete(dbPath);
            }

            await using var store = await GeoPackageStore.OpenAsync(dbPath, create: true, ct).ConfigureAwait(false);
            var demo = new DemoContext(outDir, sampleDir, store, context);
            await context.Out.WriteLineAsync($"ProjectMap demo: sample district from {sampleDir} into {outDir}").ConfigureAwait(false);
            foreach (var step in DemoSteps.All)
            {
                await context.Out.WriteLineAsync($"== {step.Name}").ConfigureAwait(false);
                await step.RunAsync(demo, ct).ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync($"done: store {dbPath}").ConfigureAwait(false);
            if (parse.GetValue(serve))
            {
                return await ServeCommand.ServeAsync(context, store, serveOptions.Read(parse, dbPath), ct).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
