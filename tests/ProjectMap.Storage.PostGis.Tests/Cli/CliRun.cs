using System.Diagnostics;
using System.Text.Json;
using ProjectMap.Cli;

namespace ProjectMap.Storage.PostGis.Tests.Cli;

/// <summary>Runs <c>projectmap</c> in-process (<see cref="CliApp"/>) or as a real process, capturing exit code and output.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs the CLI in this process.</summary>
    public static async Task<CliRun> InProcessAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built <c>projectmap.dll</c> as a separate process with <c>dotnet</c>.</summary>
    public static async Task<CliRun> ProcessAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "projectmap.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove("PROJECTMAP_DB");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Standard output parsed as JSON.</summary>
    public JsonElement Json() => JsonDocument.Parse(Out).RootElement;

    /// <summary>Asserts exit code 0, showing stderr otherwise.</summary>
    public CliRun Succeeded()
    {
        Assert.True(ExitCode == 0, $"exit {ExitCode}\nstderr: {Error}\nstdout: {Out}");
        return this;
    }
}
