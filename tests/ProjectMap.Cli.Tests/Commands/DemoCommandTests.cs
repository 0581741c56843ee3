using ProjectMap.Testing;

namespace ProjectMap.Cli.Tests.Commands;

public sealed class DemoCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Demo_SampleDistrict_OgrinfoShowsEverySampleProject()
    {
        var output = _dir.Combine("demo");

        var (code, stdout, error) = await CliRunner.RunAsync("demo", "--out", output, "--sample", RepositoryRoot.Combine("sample-imagery"));

        Assert.True(code == 0, error);
        Assert.Contains("imported 6 projects", stdout, StringComparison.Ordinal);
        var ogr = Ogrinfo("-ro", "-al", "-q", Path.Combine(output, "projectmap.gpkg"), "projects");
        foreach (var code2 in new[] { "WJ2023-001", "WJ2023-002", "WJ2023-003", "WJ2023-004", "WJ2023-005", "WJ2023-006" })
        {
            Assert.Contains($"code (String) = {code2}", ogr, StringComparison.Ordinal);
        }

        // Monthly mosaic pyramids: one per project and month that has sample photos.
        var months = Directory.EnumerateDirectories(RepositoryRoot.Combine("sample-imagery", "photos"))
            .SelectMany(p => Directory.EnumerateDirectories(p).Select(m => $"{Path.GetFileName(p)}/{Path.GetFileName(m)}")).Order().ToList();
        var pyramids = new Tiles.Catalog.TilePyramidCatalog(Path.Combine(output, "tiles")).List();
        Assert.Equal(months, pyramids.Select(p => $"{p.Project}/{p.Month}").Order().ToList());
        Assert.All(pyramids, p => Assert.Equal((15, 19), (p.MinZoom, p.MaxZoom)));
        Assert.All(months, m => Assert.True(File.Exists(Path.Combine(output, "tiles", m, "tilejson.json"))));
    }

    [Fact]
    public async Task Demo_RunTwice_RebuildsTheStoreFromScratch()
    {
        var output = _dir.Combine("demo");
        var sample = RepositoryRoot.Combine("sample-imagery");
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--out", output, "--sample", sample)).ExitCode);

        var (code, _, error) = await CliRunner.RunAsync("demo", "--out", output, "--sample", sample);

        Assert.True(code == 0, error);
    }

    private static string Ogrinfo(params string[] args)
    {
        var (code, output, error) = ExternalTool.Run("ogrinfo", args);
        Assert.True(code == 0, error);
        return output;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
