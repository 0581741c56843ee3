using System.CommandLine;
using System.Globalization;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Rendering.Maps;
using ProjectMap.Rendering.Maps.Benchmarks;

namespace ProjectMap.Cli.Commands;

/// <summary>
/// <c>projectmap bench map</c>: a district map of synthetic projects (200 at A3, 150 dpi by default); prints the time to
/// draw the sheet beside the time to PNG-encode the same finished canvas alone.
/// </summary>
public static class BenchMapCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var projects = new Option<int>("--projects") { Description = "Synthetic projects spread over a Wujin-sized district", DefaultValueFactory = _ => 200 };
        var size = new Option<string>("--size") { Description = "Page size: A4, A3… or WIDTHxHEIGHT pixels", DefaultValueFactory = _ => "A3" };
        var dpi = new Option<double>("--dpi") { Description = "Dots per inch", DefaultValueFactory = _ => 150 };
        var overlay = new Option<string>("--overlay") { Description = "completion, investment or status", DefaultValueFactory = _ => "completion" };
        var runs = new Option<int>("--runs") { Description = "Timed runs after one warm-up", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic projects", DefaultValueFactory = _ => 20231201 };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON" };
        var save = new Option<string?>("--save") { Description = "Also write the last rendered map to this PNG file, to look at" };
        var command = new Command("map", "Time a district map of synthetic projects at A3/150 dpi: drawing the sheet beside PNG-encoding the same canvas")
        {
            projects, size, dpi, overlay, runs, seed, json, save,
        };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            if (parse.GetValue(projects) < 0 || parse.GetValue(runs) < 1)
            {
                throw new CliException("--projects must be 0 or more and --runs at least 1", ExitCodes.Usage);
            }

            MapPage page;
            try
            {
                page = MapPage.Parse(parse.GetValue(size), parse.GetValue(dpi), null);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new CliException("--size/--dpi: " + e.Message.Split(Environment.NewLine, 2)[0].Split(" (Parameter", 2)[0], ExitCodes.Usage);
            }

            RenderCommands.EnsureFonts();
            var r = MapBenchmark.Run(parse.GetValue(projects), page, RenderCommands.Overlay(parse.GetValue(overlay)), parse.GetValue(runs), parse.GetValue(seed), parse.GetValue(save) is { } s ? Path.GetFullPath(s) : null);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(new
                {
                    r.Projects,
                    page = page.Name,
                    widthPx = page.WidthPx,
                    heightPx = page.HeightPx,
                    page.Dpi,
                    overlay = r.Overlay.ToString().ToLowerInvariant(),
                    render = r.Render,
                    pngEncode = r.Encode,
                    r.PngBytes,
                    r.Labels,
                    r.OmittedLabels,
                }).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var ic = CultureInfo.InvariantCulture;
            string Row(string what, Application.Benchmarks.LatencySummary s) =>
                string.Create(ic, $"{what,-22}p50 {s.P50Ms,8:0.0} ms   mean {s.MeanMs,8:0.0} ms   max {s.MaxMs,8:0.0} ms   ({s.Count} runs)");
            var lines = new[]
            {
                string.Create(ic, $"map                   {r.Projects} synthetic projects, {r.Overlay.ToString().ToLowerInvariant()} overlay, {page.Name} at {page.Dpi:0} dpi = {page.WidthPx}×{page.HeightPx} px"),
                Row("render sheet", r.Render),
                Row("PNG encode (alone)", r.Encode),
                string.Create(ic, $"render ÷ encode       {r.Render.P50Ms / Math.Max(r.Encode.P50Ms, 1e-9):0.00} (p50)"),
                string.Create(ic, $"PNG                   {r.PngBytes / 1024.0 / 1024.0:0.00} MiB; labels {r.Labels}, {r.OmittedLabels} left out for room"),
            };
            foreach (var line in lines)
            {
                await context.Out.WriteLineAsync(line).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
