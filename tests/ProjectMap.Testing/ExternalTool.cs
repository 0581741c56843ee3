using System.Diagnostics;

namespace ProjectMap.Testing;

/// <summary>Runs an external program (GDAL's ogrinfo, sqlite3…) and captures its output; a missing program fails the test with a clear message.</summary>
public static class ExternalTool
{
    /// <summary>Runs <paramref name="program"/> with arguments and returns (exit code, stdout, stderr).</summary>
    public static (int ExitCode, string Output, string Error) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' is not installed (./test.sh installs the Debian packages the tests use): {e.Message}", e);
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
