using System.Text.Json;
using ProjectMap.Testing;

namespace ProjectMap.Cli.Tests.Commands;

public sealed class TileCommandsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static string Sample(string project, string month, string file) => RepositoryRoot.Combine("sample-imagery", "photos", project, month, file);

    [Fact]
    public async Task TilesPhoto_SamplePhoto_WritesThePyramidAndItsTileJson()
    {
        var output = _dir.Combine("one");
        var (code, stdout, error) = await CliRunner.RunAsync("tiles", "photo", Sample("WJ2023-001", "2023-01", "DJI_0001.JPG"), "--zoom", "16-18", "--out", output, "--json");
        Assert.True(code == 0, error);
        var report = JsonDocument.Parse(stdout).RootElement.GetProperty("pyramids")[0];
        Assert.Equal("full", report.GetProperty("mode").GetString());
        Assert.True(report.GetProperty("tilesWritten").GetInt32() > 0);
        Assert.True(File.Exists(Path.Combine(output, "tilejson.json")));
        Assert.All(new[] { "16", "17", "18" }, z => Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(output, z), "*.png", SearchOption.AllDirectories)));
    }

    [Fact]
    public void TilesPhoto_MissingFile_FailsWithOneLine()
    {
        var (code, _, error) = CliRunner.RunProcess(_dir.Path, "tiles", "photo", "nope.jpg", "--out", "t");
        Assert.Equal(1, code);
        Assert.Equal("projectmap: nope.jpg: no such file", error.Trim());
    }

    [Fact]
    public async Task TilesPhoto_BadZoom_IsAUsageError()
    {
        var (code, _, error) = await CliRunner.RunAsync("tiles", "photo", Sample("WJ2023-001", "2023-01", "DJI_0001.JPG"), "--zoom", "19-15", "--out", _dir.Combine("x"));
        Assert.Equal(2, code);
        Assert.Contains("zoom range '19-15'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TilesBuild_SecondPhotoOfTheMonth_RebuildsIncrementally()
    {
        var db = _dir.Combine("pm.gpkg");
        var tiles = _dir.Combine("tiles");
        Assert.Equal(0, (await CliRunner.RunAsync("init", "--db", db)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("project", "import", RepositoryRoot.Combine("sample-imagery", "district", "projects.geojson"), "--db", db)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("photo", "ingest", Sample("WJ2023-001", "2023-03", "DJI_0003.JPG"), "--project", "WJ2023-001", "--db", db)).ExitCode);
        var first = await Build();
        Assert.Equal("full", first.GetProperty("mode").GetString());

        Assert.Equal(0, (await CliRunner.RunAsync("photo", "ingest", Sample("WJ2023-001", "2023-03", "DJI_0004.JPG"), "--project", "WJ2023-001", "--db", db)).ExitCode);
        var second = await Build();
        Assert.Equal(("incremental", 1, 2), (second.GetProperty("mode").GetString(), second.GetProperty("changedPhotos").GetInt32(), second.GetProperty("photosDecoded").GetInt32()));
        Assert.Equal("up to date", (await Build()).GetProperty("mode").GetString());

        var (code, stdout, error) = await CliRunner.RunAsync("tiles", "list", "--out", tiles, "--json");
        Assert.True(code == 0, error);
        var listed = JsonDocument.Parse(stdout).RootElement[0];
        Assert.Equal(("WJ2023-001", "2023-03", 2), (listed.GetProperty("project").GetString(), listed.GetProperty("month").GetString(), listed.GetProperty("photos").GetInt32()));

        async Task<JsonElement> Build()
        {
            var (c, o, e) = await CliRunner.RunAsync("tiles", "build", "--db", db, "--zoom", "15-17", "--out", tiles, "--json");
            Assert.True(c == 0, e);
            return JsonDocument.Parse(o).RootElement.GetProperty("pyramids")[0];
        }
    }

    [Fact]
    public async Task TilesBuild_MbTilesOnTheGeographicGrid_IsRefused()
    {
        var (code, _, error) = await CliRunner.RunAsync("tiles", "build", "--db", _dir.Combine("none.gpkg"), "--grid", "cgcs2000", "--mbtiles");
        Assert.Equal(2, code);
        Assert.Contains("Web Mercator tiles only", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BenchTiles_SamplePhoto_RunsBothToolsOnTheSameJobAndReportsEveryFigure()
    {
        // The real process, as a user runs it; two low zooms keep the GDAL chain short. No timing is asserted.
        var (code, stdout, error) = CliRunner.RunProcess(_dir.Path, "bench", "tiles", Sample("WJ2023-001", "2023-01", "DJI_0001.JPG"), "--zoom", "16-17", "--runs", "1", "--keep", "kept", "--json");
        Assert.True(code == 0, error);
        var r = JsonDocument.Parse(stdout).RootElement;
        Assert.True(r.GetProperty("sameTiles").GetBoolean());
        var ours = r.GetProperty("ours");
        var gdal = r.GetProperty("gdal");
        Assert.Equal(ours.GetProperty("tiles").GetInt32(), gdal.GetProperty("tiles").GetInt32());
        Assert.All(new[] { ours, gdal }, t =>
        {
            Assert.True(t.GetProperty("cpuSeconds").GetDouble() > 0);
            Assert.True(t.GetProperty("peakRssMb").GetDouble() > 10);
            Assert.True(t.GetProperty("tileBytes").GetInt64() > 0);
        });
        var phases = ours.GetProperty("phases");
        Assert.All(new[] { "startupSeconds", "decodeSeconds", "warpSeconds", "encodeWriteSeconds" }, p => Assert.True(phases.GetProperty(p).GetDouble() >= 0, p));
        Assert.Equal(["gdal_translate", "gdalwarp", "gdal2tiles.py"], gdal.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()!).ToArray());
        Assert.True(r.GetProperty("speedup").GetDouble() > 0);
        Assert.True(File.Exists(Path.Combine(_dir.Path, "kept", "ours", "tilejson.json")));
        Assert.True(File.Exists(Path.Combine(_dir.Path, "kept", "gdal", "warped.tif")));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
