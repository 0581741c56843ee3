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
                var load = LoadAverage();
                var ours = new List<MeasuredRun>();
                var gdal = new List<MeasuredRun>();
                for (var i = 0; i < n; i++)
                {
                    ct.ThrowIfCancellationRequested();
                    var ourDir = Path.Combine(work, "ours");
                    var gdalDir = Path.Combine(work, "gdal");
                    DeleteIfExists(ourDir);
                    DeleteIfExists(gdalDir);
                    var r = ProcessMeter.Run(program, prefix.Concat(["tiles", "photo", path, "--zoom", zooms.ToString(), "--out", ourDir, "--threads", "1", "--json"]));
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
                var phases = MedianPhases(ours);
                var steps = gdal[0].Steps!.Select((s, k) => (s.Label, Median(gdal.Select(g => g.Steps![k]).ToList()))).ToList();
                var ourBytes = TileBytes(Path.Combine(work, "ours"));
                var gdalBytes = TileBytes(Path.Combine(work, "gdal", "tiles"));
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
                        loadAverage = load,
                        ours = new
                        {
                            wallSeconds = o.Wall, cpuSeconds = o.Cpu, peakRssMb = o.Peak, tiles = ourTiles.Count, tileBytes = ourBytes,
                            phases = new { startupSeconds = phases.Startup, decodeSeconds = phases.Decode, warpSeconds = phases.Warp, encodeWriteSeconds = phases.Encode },
                        },
                        gdal = new
                        {
                            wallSeconds = gm.Wall, cpuSeconds = gm.Cpu, peakRssMb = gm.Peak, tiles = gdalTiles.Count, tileBytes = gdalBytes,
                            steps = steps.Select(x => new { step = x.Label, wallSeconds = x.Item2.Wall, cpuSeconds = x.Item2.Cpu, peakRssMb = x.Item2.Peak }),
                        },
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
                await context.Out.WriteLineAsync(string.Create(ic, $"ours, wall s inside the process: start-up and georeference {phases.Startup:0.00}, decode + mip levels {phases.Decode:0.00}, warp {phases.Warp:0.00}, encode + write {phases.Encode:0.00}")).ConfigureAwait(false);
                await context.Out.WriteLineAsync("GDAL, by step: " + string.Join(", ", steps.Select(x => string.Create(ic, $"{x.Label} {x.Item2.Wall:0.00} s wall {x.Item2.Cpu:0.00} s CPU {x.Item2.Peak:0} MB")))).ConfigureAwait(false);
                await context.Out.WriteLineAsync(string.Create(ic, $"tile bytes: ours {ourBytes / 1e6:0.0} MB, GDAL's {gdalBytes / 1e6:0.0} MB (both PNG)")).ConfigureAwait(false);
                await context.Out.WriteLineAsync(string.Create(ic, $"load average when started: {load:0.00} on {Environment.ProcessorCount} cores (other processes on core 0 stretch wall time; CPU s is the steadier figure)")).ConfigureAwait(false);
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

    private static (double Wall, double Cpu, double Peak) Median(List<MeasuredRun> runs) =>
        (MedianOf(runs.Select(r => r.WallSeconds)), MedianOf(runs.Select(r => r.CpuSeconds)), MedianOf(runs.Select(r => r.PeakRssMb)));

    private static double MedianOf(IEnumerable<double> values)
    {
        var s = values.Order().ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[(s.Length / 2) - 1] + s[s.Length / 2]) / 2;
    }

    /// <summary>Median phases of our runs from their --json reports: start-up (process wall minus build time), decoding, warping, encoding and writing.</summary>
    private static (double Startup, double Decode, double Warp, double Encode) MedianPhases(List<MeasuredRun> runs)
    {
        var phases = runs.Select(r =>
        {
            using var doc = System.Text.Json.JsonDocument.Parse(r.StandardOutput);
            var pyramid = doc.RootElement.GetProperty("pyramids")[0];
            var build = pyramid.GetProperty("seconds").GetDouble();
            var detail = pyramid.GetProperty("detail");
            var decode = detail.GetProperty("decodeSeconds").GetDouble();
            var encode = detail.GetProperty("encodeSeconds").GetDouble();
            return (Startup: r.WallSeconds - build, Decode: decode, Warp: build - decode - encode, Encode: encode);
        }).ToList();
        return (MedianOf(phases.Select(p => p.Startup)), MedianOf(phases.Select(p => p.Decode)), MedianOf(phases.Select(p => p.Warp)), MedianOf(phases.Select(p => p.Encode)));
    }

    private static long TileBytes(string folder) =>
        Directory.EnumerateFiles(folder, "*.png", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    private static double LoadAverage()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
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
