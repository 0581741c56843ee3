using System.Diagnostics;

namespace ProjectMap.Web.Tests.Infrastructure;

/// <summary>Runs an external program (ogrinfo, node) with optional environment variables; a missing program fails with a clear message.</summary>
public static class ExternalProgram
{
    /// <summary>Runs and returns (exit code, stdout, stderr).</summary>
    public static (int ExitCode, string Output, string Error) Run(string program, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' is not installed (./test.sh installs gdal-bin, chromium and nodejs): {e.Message}", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result, error.Result);
        }
    }
}
