using ProjectMap.Cli.Tests.Ledger;
using ProjectMap.Testing;

namespace ProjectMap.Cli.Tests.Maps;

public sealed class RenderCommandsTests(DemoStoreFixture demo) : IClassFixture<DemoStoreFixture>
{
    [Fact]
    public void RenderMap_PdfRealProcess_WritesPdfWithProjectNames()
    {
        using var dir = new TempDirectory();
        var pdf = dir.Combine("investment.pdf");
        var (code, output, error) = CliRunner.RunProcess(dir.Path, "render", "map", "--db", demo.Db, "--month", "2023-12", "--overlay", "investment", "--size", "A4", "--out", pdf);
        Assert.True(code == 0, error);
        Assert.Contains("wrote " + pdf, output, StringComparison.Ordinal);
        var (_, text, _) = ExternalTool.Run("pdftotext", "-enc", "UTF-8", pdf, "-");
        var flat = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("江苏常氢科技氢能装备项目", flat, StringComparison.Ordinal);
        Assert.Contains("投资完成情况图", flat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderMap_PngProjectJson_ReportsPageAndScale()
    {
        using var dir = new TempDirectory();
        var png = dir.Combine("p1.png");
        var (code, output, error) = await CliRunner.RunAsync(
            "render", "map", "--db", demo.Db, "--month", "2023-12", "--overlay", "status", "--project", "WJ2023-001", "--size", "A4", "--dpi", "300", "--lang", "en", "--out", png, "--json");
        Assert.True(code == 0, error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("A4", root.GetProperty("page").GetString());
        Assert.Equal(3508, root.GetProperty("widthPx").GetInt32());
        Assert.StartsWith("1:", root.GetProperty("scale").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, root.GetProperty("warnings").GetArrayLength());
        Assert.True(new FileInfo(png).Length > 100_000);
    }

    [Theory]
    [InlineData("map.jpg", "completion", "A3", "--out")]
    [InlineData("map.png", "heat", "A3", "--overlay")]
    [InlineData("map.png", "completion", "B5", "--size")]
    public void RenderMap_BadArguments_OneLineOnStderrExit2NoFile(string file, string overlay, string size, string option)
    {
        using var dir = new TempDirectory();
        var (code, _, error) = CliRunner.RunProcess(dir.Path, "render", "map", "--db", demo.Db, "--month", "2023-12", "--overlay", overlay, "--size", size, "--out", dir.Combine(file));
        Assert.True(code is 1 or 2, $"exit {code}: {error}");
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(option, lines[0], StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task RenderMap_UnknownProject_FailsAndWritesNothing()
    {
        using var dir = new TempDirectory();
        var (code, _, error) = await CliRunner.RunAsync("render", "map", "--db", demo.Db, "--month", "2023-12", "--project", "WJ2099-999", "--out", dir.Combine("x.png"));
        Assert.Equal(1, code);
        Assert.Contains("WJ2099-999", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task BenchMap_SmallRun_PrintsRenderBesideEncode()
    {
        var (code, output, error) = await CliRunner.RunAsync("bench", "map", "--projects", "20", "--size", "800x600", "--dpi", "96", "--runs", "1");
        Assert.True(code == 0, error);
        Assert.Contains("render sheet", output, StringComparison.Ordinal);
        Assert.Contains("PNG encode (alone)", output, StringComparison.Ordinal);
        Assert.Contains("20 synthetic projects", output, StringComparison.Ordinal);
    }
}
