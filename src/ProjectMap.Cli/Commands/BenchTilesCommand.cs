using System.CommandLine;
using System.Globalization;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Tiles.Benchmarks;
using ProjectMap.Tiles.Building;
using ProjectMap.Tiles.Grids;
using ProjectMap.Tiles.Output;

namespace ProjectMap.Cli.Commands;

/// <summary>
/// <c>projectmap bench tiles FILE</c>: our <c>tiles photo</c> beside the GDAL chain on the same photo and zooms, each a
/// child process on one core (taskset -c 0; ours with --threads 1, GDAL with GDAL_NUM_THREADS=1 and one gdal2tiles
/// process), wall-clock and CPU time and peak RSS from GNU time (wait4 rusage); medians of --runs runs.
/// </summary>
public static class BenchTilesCommand
{
    /// <summary>The issue's goal: at least this many times faster than the GDAL chain.</summary>
    public const double SpeedGoal = 5;

    /// <summary>Creates the <c>bench tiles</c> subcommand.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A georeferenced drone photo (e.g. a 12 MP DJI JPEG)" };
        var zoom = new Option<string>("--zoom") { Description = "Zoom levels Z1-Z2 (default 16-22)", DefaultValueFactory = _ => "16-22" };
        var runs = new Option<int>("--runs") { Description = "Runs of each tool; the medians are reported", DefaultValueFactory = _ => 3 };
        var keep = new Option<string?>("--keep") { Description = "Keep both pyramids in this folder (ours/ and gdal/) instead of a temporary one" };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON" };
        var command = new Command("tiles", "Time and peak memory of 'tiles photo' beside gdal_translate + gdalwarp + gdal2tiles.py on the same photo, one core each") { file, zoom, runs, keep, json };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var path = Path.GetFullPath(parse.GetValue(file)!);
            var zooms = ZoomRange.Parse(parse.GetValue(zoom)!);
            var n = Math.Max(1, parse.GetValue(runs));
            Tiles.Warping.WarpPhoto photo;
            try
            {
                photo = WarpPhotos.FromFile(path);
            }
            catch (InvalidDataException e)
            {
                throw new CliException(e.Message);
            }

            var keepDir = parse.GetValue(keep);
            var work = keepDir is null ? Directory.CreateTempSubdirectory("projectmap-bench-tiles-").FullName : Path.GetFullPath(keepDir);
            try
            {
                var (program, prefix) = Self();
                var ours = new List<MeasuredRun>();
                var gdal = new List<MeasuredRun>();
                for (var i = 0; i < n; i++)
                {
                    ct.ThrowIfCancellationRequested();
                    var ourDir = Path.Combine(work, "ours");
                    var gdalDir = Path.Combine(work, "gdal");
                    DeleteIfExists(ourDir);
                    DeleteIfExists(gdalDir);
                    var r = ProcessMeter.Run(program, prefix.Concat(["tiles", "photo", path, "--zoom", zooms.ToString(), "--out", ourDir, "--threads", "1"]));
                    if (r.ExitCode != 0)
                    {
                        throw new CliException($"our run failed: {r.StandardError}");
                    }

                    ours.Add(r);
                    var g = GdalTileChain.Run(path, photo, zooms, gdalDir);
                    if (g.ExitCode != 0)
                    {
                        throw new CliException($"GDAL chain: {g.StandardError}");
                    }

                    gdal.Add(g);
                }

                var ourTiles = new DirectoryPyramidStore(Path.Combine(work, "ours"), TileFormat.Png).List();
                var gdalTiles = new DirectoryPyramidStore(Path.Combine(work, "gdal", "tiles"), TileFormat.Png).List();
                var o = Median(ours);
                var gm = Median(gdal);
                var speedup = gm.Wall / o.Wall;
                var cpuSpeedup = gm.Cpu / o.Cpu;
                var memoryOk = o.Peak <= gm.Peak;
                var ic = CultureInfo.InvariantCulture;
                if (parse.GetValue(json))
                {
                    await context.WriteJsonAsync(new
                    {
                        photo = path,
                        photo.WidthPx,
                        photo.HeightPx,
                        zooms = zooms.ToString(),
                        runs = n,
                        ours = new { wallSeconds = o.Wall, cpuSeconds = o.Cpu, peakRssMb = o.Peak, tiles = ourTiles.Count },
                        gdal = new { wallSeconds = gm.Wall, cpuSeconds = gm.Cpu, peakRssMb = gm.Peak, tiles = gdalTiles.Count },
                        speedup,
                        cpuSpeedup,
                        sameTiles = ourTiles.SequenceEqual(gdalTiles),
                        goalMet = speedup >= SpeedGoal && memoryOk,
                    }).ConfigureAwait(false);
                    return ExitCodes.Success;
                }

                var table = new TextTable("tool (one core)", "wall s", "CPU s", "peak MB", "tiles");
                table.RightAligned.UnionWith([1, 2, 3, 4]);
                table.Add("projectmap tiles photo --threads 1", o.Wall.ToString("0.00", ic), o.Cpu.ToString("0.00", ic), o.Peak.ToString("0", ic), ourTiles.Count.ToString(ic));
                table.Add("gdal_translate -gcp + gdalwarp + gdal2tiles.py", gm.Wall.ToString("0.00", ic), gm.Cpu.ToString("0.00", ic), gm.Peak.ToString("0", ic), gdalTiles.Count.ToString(ic));
                await context.Out.WriteLineAsync(string.Create(ic, $"{Path.GetFileName(path)}: {photo.WidthPx} × {photo.HeightPx} px ({photo.WidthPx * (double)photo.HeightPx / 1e6:0.0} MP), zooms {zooms}, median of {n} runs each")).ConfigureAwait(false);
                await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
                await context.Out.WriteLineAsync(string.Create(ic, $"ratio: {speedup:0.0}× faster (wall), {cpuSpeedup:0.0}× less CPU; peak memory {o.Peak:0} MB against {gm.Peak:0} MB (GDAL's largest step)")).ConfigureAwait(false);
                await context.Out.WriteLineAsync($"same tile set as GDAL: {(ourTiles.SequenceEqual(gdalTiles) ? "yes" : $"no ({ourTiles.Except(gdalTiles).Count()} only ours, {gdalTiles.Except(ourTiles).Count()} only GDAL's)")}").ConfigureAwait(false);
                await context.Out.WriteLineAsync(string.Create(ic, $"goal ≥ {SpeedGoal:0}× faster with no more peak memory: {(speedup >= SpeedGoal && memoryOk ? "met" : "NOT met")}")).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            finally
            {
                if (keepDir is null)
                {
                    Directory.Delete(work, recursive: true);
                }
            }
        }));
        return command;
    }

    private static (double Wall, double Cpu, double Peak) Median(List<MeasuredRun> runs)
    {
        static double M(IEnumerable<double> v)
        {
            var s = v.Order().ToArray();
            return s.Length % 2 == 1 ? s[s.Length / 2] : (s[(s.Length / 2) - 1] + s[s.Length / 2]) / 2;
        }

        return (M(runs.Select(r => r.WallSeconds)), M(runs.Select(r => r.CpuSeconds)), M(runs.Select(r => r.PeakRssMb)));
    }

    /// <summary>How to start this CLI again as a child process: the apphost, or dotnet with the entry assembly.</summary>
    private static (string Program, string[] Prefix) Self()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var entry = typeof(BenchTilesCommand).Assembly.Location;
        return Path.GetFileNameWithoutExtension(process) == "dotnet" ? (process, [entry]) : (process, []);
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
