using ProjectMap.Testing;

namespace ProjectMap.Reports.Tests;

/// <summary>Builds the sample district with <c>projectmap demo</c> (in-process) into a folder; the demo also writes the December 2023 report.</summary>
public static class SampleDistrict
{
    /// <summary>Runs the demo into <paramref name="directory"/> and returns its stdout; fails the test when the demo fails.</summary>
    public static async Task<string> BuildAsync(string directory)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.CliApp.RunAsync(["demo", "--out", directory, "--sample", RepositoryRoot.Combine("sample-imagery")], output, error);
        Assert.True(code == 0, $"demo failed ({code}): {error}");
        return output.ToString();
    }

    /// <summary>Runs the CLI in-process and returns (exit code, stdout, stderr).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Cli.CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
