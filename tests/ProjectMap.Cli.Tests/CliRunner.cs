using System.Diagnostics;

namespace ProjectMap.Cli.Tests;

/// <summary>Runs the CLI in-process (fast) or as a real <c>dotnet projectmap.dll</c> process (exit codes, stderr, signals).</summary>
public static class CliRunner
{
    /// <summary>Runs in-process and returns (exit code, stdout, stderr).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The projectmap.dll beside the test assembly (the CLI project is referenced, so it is copied there).</summary>
    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "projectmap.dll");

    /// <summary>How long a real process may run before <see cref="RunProcess"/> kills it: generous, for a loaded machine.</summary>
    public static TimeSpan ProcessTimeout { get; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Runs a real process in <paramref name="workingDirectory"/> and returns (exit code, stdout, stderr); a process
    /// still running after <see cref="ProcessTimeout"/> is killed and reported with exit code -1.
    /// </summary>
    public static (int ExitCode, string Output, string Error) RunProcess(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(DllPath);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ProcessTimeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, output.Result, $"killed after {ProcessTimeout.TotalMinutes} minutes: projectmap {string.Join(' ', args)}\n{error.Result}");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
