using System.Diagnostics;
using System.Globalization;

namespace ProjectMap.Tiles.Benchmarks;

/// <summary>
/// Runs a child process under GNU time (<c>/usr/bin/time</c>, which reads the kernel's wait4 rusage) and, when
/// <c>taskset</c> exists, pinned to CPU 0, so both tools of a benchmark get one core and are measured the same way:
/// wall-clock time, user + system CPU time and peak resident memory.
/// </summary>
public static class ProcessMeter
{
    private const string Marker = "PROJECTMAP_MEASURE";

    /// <summary>True when <c>/usr/bin/time</c> is installed (Debian package <c>time</c>).</summary>
    public static bool Available => File.Exists("/usr/bin/time");

    /// <summary>Runs <paramref name="program"/> with arguments, extra environment variables and optionally pinned to one core.</summary>
    public static MeasuredRun Run(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, bool oneCore = true, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (!Available)
        {
            throw new InvalidOperationException("/usr/bin/time is not installed (Debian package 'time'); it measures the peak memory of both tools");
        }

        var info = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-f");
        info.ArgumentList.Add(Marker + " %e %U %S %M");
        if (oneCore && File.Exists("/usr/bin/taskset"))
        {
            info.ArgumentList.Add("/usr/bin/taskset");
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("0");
        }

        info.ArgumentList.Add(program);
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }

        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[k] = v;
        }

        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        var lines = stderr.Result.Split('\n');
        var line = lines.LastOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"{program}: no timing line from /usr/bin/time: {stderr.Result.Trim()}");
        var f = line[Marker.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var rest = string.Join('\n', lines.Where(l => !l.StartsWith(Marker, StringComparison.Ordinal))).Trim();
        return new MeasuredRun(p.ExitCode, f[0], f[1] + f[2], f[3] / 1024.0, rest, stdout.Result, Path.GetFileName(program));
    }
}
