using System.Text.Json;
using ProjectMap.Testing;

namespace ProjectMap.Cli.Tests.Commands;

public sealed class SampleCommandsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Render_SingleShot_WritesJpegAndSidecarAndReportsThemAsJson()
    {
        var (code, stdout, error) = await CliRunner.RunAsync(
            "sample", "render", "--sample", RepositoryRoot.Combine("sample-imagery"), "--project", "WJ2023-001", "--at", "2023-12-14T10:30:00",
            "--height", "150", "--yaw", "30", "--pitch", "-55", "--width", "600", "--name", "DJI_9001", "--out", _dir.Path, "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(stdout);
        var file = json.RootElement.GetProperty("files")[0].GetString()!;
        Assert.Equal(_dir.Combine("DJI_9001.JPG"), file);
        Assert.True(File.Exists(_dir.Combine("DJI_9001.json")));
        using var sidecar = JsonDocument.Parse(File.ReadAllBytes(_dir.Combine("DJI_9001.json")));
        Assert.Equal(-55, sidecar.RootElement.GetProperty("pose").GetProperty("gimbalPitchDeg").GetDouble());
        Assert.Equal("内部装修", sidecar.RootElement.GetProperty("scene").GetProperty("stage").GetString());
        Assert.Contains("ledger", json.RootElement.GetProperty("timelineSource").GetString(), StringComparison.Ordinal);
        Assert.Contains("ledger", sidecar.RootElement.GetProperty("scene").GetProperty("timelineSource").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownProject_FailsWithOneLineOnStderr()
    {
        var (code, stdout, error) = CliRunner.RunProcess(_dir.Path, "sample", "render", "--sample", RepositoryRoot.Combine("sample-imagery"),
            "--project", "WJ2099-999", "--at", "2023-12-14T10:30:00", "--out", _dir.Path);

        Assert.NotEqual(0, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("WJ2099-999", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_PitchAboveTheHorizonLimit_IsRefused()
    {
        var (code, _, error) = await CliRunner.RunAsync(
            "sample", "render", "--sample", RepositoryRoot.Combine("sample-imagery"), "--project", "WJ2023-001", "--at", "2023-12-14T10:30:00", "--pitch", "10", "--out", _dir.Path);

        Assert.Equal(1, code);
        Assert.Contains("pitch", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_dir.Path));
    }

    public void Dispose() => _dir.Dispose();
}
