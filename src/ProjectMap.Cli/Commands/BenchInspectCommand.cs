using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ProjectMap.Application.Photos;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Imagery.Inspection;

namespace ProjectMap.Cli.Commands;

/// <summary><c>projectmap bench inspect DIR</c>: our photo inspection beside exiftool's batch read of the same files.</summary>
public static class BenchInspectCommand
{
    /// <summary>Creates the <c>bench inspect</c> subcommand.</summary>
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("DIR") { Description = "A folder of real photos" };
        var minimum = new Option<int>("--files") { Description = "Process the folder's photos repeatedly until at least this many file reads are timed", DefaultValueFactory = _ => 500 };
        var command = new Command("inspect", "Photos per second and peak memory of photo inspect (headers only, and with sha256) beside 'exiftool -fast -n -json' on the same files") { dir, minimum };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var photos = PhotoFiles.Expand([parse.GetValue(dir)!]).ToList();
            if (photos.Count == 0)
            {
                throw new CliException($"no photos (.jpg, .jpeg, .tif, .tiff) under {parse.GetValue(dir)}");
            }

            var rounds = Math.Max(1, (int)Math.Ceiling(parse.GetValue(minimum) / (double)photos.Count));
            var files = Enumerable.Repeat(photos, rounds).SelectMany(f => f).ToList();
            var ic = CultureInfo.InvariantCulture;
            await context.Out.WriteLineAsync($"{photos.Count} photos × {rounds} rounds = {files.Count} file reads, {Environment.ProcessorCount} cores").ConfigureAwait(false);

            // Warm up (JIT), then time in this process; peak memory is this process's peak working set.
            _ = PhotoCommands.InspectAll(photos, InspectionOptions.Default with { ComputeSha256 = false }).Count();
            var (metaRate, metaCount) = Time(files, InspectionOptions.Default with { ComputeSha256 = false });
            var (hashRate, _) = Time(files, InspectionOptions.Default);
            var ourPeakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
            var exif = RunExiftool(files);

            var table = new TextTable("tool", "photos/s", "peak MB", "× exiftool");
            table.RightAligned.UnionWith([1, 2, 3]);
            table.Add("projectmap photo inspect --no-hash (headers, camera, footprint)", metaRate.ToString("0", ic), ourPeakMb.ToString("0", ic), exif is { } e1 ? (metaRate / e1.Rate).ToString("0.0", ic) : "-");
            table.Add("projectmap photo inspect (plus sha256 of every byte)", hashRate.ToString("0", ic), ourPeakMb.ToString("0", ic), exif is { } e2 ? (hashRate / e2.Rate).ToString("0.0", ic) : "-");
            if (exif is { } e)
            {
                table.Add("exiftool -fast -n -json (one batch process)", e.Rate.ToString("0", ic), e.PeakMb?.ToString("0", ic) ?? "-", "1.0");
            }

            await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"{metaCount} inspections timed; ours run in-process after a warm-up on {Environment.ProcessorCount} threads, exiftool's figure includes its start-up").ConfigureAwait(false);
            if (exif is null)
            {
                await context.Out.WriteLineAsync("exiftool not found on PATH: no comparison").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static (double Rate, int Count) Time(List<string> files, InspectionOptions options)
    {
        var watch = Stopwatch.StartNew();
        var n = PhotoCommands.InspectAll(files, options).Count(r => r.Status != InspectionStatus.Rejected || r.Reason is not null);
        return (n / watch.Elapsed.TotalSeconds, n);
    }

    private static (double Rate, double? PeakMb)? RunExiftool(List<string> files)
    {
        var timeTool = File.Exists("/usr/bin/time") ? "/usr/bin/time" : null;
        var info = new ProcessStartInfo(timeTool ?? "exiftool") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (timeTool is not null)
        {
            info.ArgumentList.Add("-f");
            info.ArgumentList.Add("PEAK_KB %M");
            info.ArgumentList.Add("exiftool");
        }

        foreach (var a in new[] { "-fast", "-n", "-json" }.Concat(files))
        {
            info.ArgumentList.Add(a);
        }

        try
        {
            var watch = Stopwatch.StartNew();
            using var p = Process.Start(info)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            p.WaitForExit();
            var seconds = watch.Elapsed.TotalSeconds;
            if (p.ExitCode != 0 || stdout.Result.Length == 0)
            {
                return null;
            }

            double? peak = null;
            var line = stderr.Result.Split('\n').FirstOrDefault(l => l.StartsWith("PEAK_KB ", StringComparison.Ordinal));
            if (line is not null && double.TryParse(line[8..], NumberStyles.Float, CultureInfo.InvariantCulture, out var kb))
            {
                peak = kb / 1024;
            }

            return (files.Count / seconds, peak);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
