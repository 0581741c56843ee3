using System.Globalization;
using System.Text;
using ProjectMap.Storage.PostGis.Tests.Fixtures;
using ProjectMap.Testing;

namespace ProjectMap.Storage.PostGis.Tests.Cli;

/// <summary>The <c>projectmap</c> commands against PostGIS databases on the private server: --db URLs, db copy in both directions, bench.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostGisCliTests(PostgresServer server) : IDisposable
{
    private readonly TempDirectory _folder = new();

    private static string SampleFile => RepositoryRoot.Combine("sample-imagery", "district", "projects.geojson");

    [Fact]
    public async Task ProjectCommands_DbUrl_InitImportListAndShowWorkAsOnAGeoPackage()
    {
        var url = server.UrlFor(server.NewDatabaseName("cli"));

        var init = (await CliRun.InProcessAsync("init", "--db", url, "--json")).Succeeded();
        (await CliRun.InProcessAsync("project", "import", SampleFile, "--db", url)).Succeeded();
        var list = (await CliRun.InProcessAsync("project", "list", "--json", "--db", url)).Succeeded().Json();
        var show = (await CliRun.InProcessAsync("project", "show", "WJ2023-001", "--json", "--db", url)).Succeeded().Json();

        Assert.Equal(url, init.Json().GetProperty("location").GetString());
        Assert.Equal(6, list.GetArrayLength());
        var xinqihang = list.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "WJ2023-001");
        Assert.Equal(50000m, xinqihang.GetProperty("plannedInvestmentWan").GetDecimal());
        Assert.InRange(xinqihang.GetProperty("areaMu").GetDouble(), 47.5 * 0.98, 47.5 * 1.02);
        Assert.Equal("鑫奇航智能装备制造项目", show.GetProperty("name").GetString());
    }

    [Fact]
    public async Task DbCopy_SampleDistrictGeoPackageToPostGisAndBack_CountsAndChecksumsEqualEverywhere()
    {
        var original = _folder.Combine("original.gpkg");
        var back = _folder.Combine("back.gpkg");
        var url = server.UrlFor(server.NewDatabaseName("copy"));
        (await CliRun.InProcessAsync("project", "import", SampleFile, "--db", original)).Succeeded();

        var there = (await CliRun.InProcessAsync("db", "copy", "--from", original, "--to", url, "--json")).Succeeded().Json();
        var home = (await CliRun.InProcessAsync("db", "copy", "--from", url, "--to", back)).Succeeded();

        Assert.True(there.GetProperty("equal").GetBoolean());
        var projects = there.GetProperty("concerns").EnumerateArray().Single(c => c.GetProperty("concern").GetString() == "projects");
        Assert.Equal(6, projects.GetProperty("copied").GetInt32());
        Assert.Equal(6, projects.GetProperty("destinationCount").GetInt32());
        Assert.Contains("all concerns equal", home.Out, StringComparison.Ordinal);
        var sums = new List<string>();
        foreach (var db in new[] { original, url, back })
        {
            var digest = (await CliRun.InProcessAsync("db", "checksum", "--json", "--db", db)).Succeeded().Json();
            var p = digest.GetProperty("concerns").EnumerateArray().Single(c => c.GetProperty("concern").GetString() == "projects");
            Assert.Equal(6, p.GetProperty("count").GetInt32());
            sums.Add(p.GetProperty("sha256").GetString()!);
        }

        Assert.Single(sums.Distinct());
        Assert.Equal(projects.GetProperty("sourceSha256").GetString(), sums[0]);
        var listedOriginal = (await CliRun.InProcessAsync("project", "list", "--json", "--db", original)).Succeeded().Out;
        var listedBack = (await CliRun.InProcessAsync("project", "list", "--json", "--db", back)).Succeeded().Out;
        Assert.Equal(listedOriginal, listedBack);
    }

    [Fact]
    public async Task DbCopy_PostGisToPostGis_ChecksumsEqual()
    {
        var from = server.UrlFor(server.NewDatabaseName("from"));
        var to = server.UrlFor(server.NewDatabaseName("to"));
        (await CliRun.InProcessAsync("project", "import", SampleFile, "--db", from)).Succeeded();

        var copy = (await CliRun.InProcessAsync("db", "copy", "--from", from, "--to", to, "--json")).Succeeded().Json();

        Assert.True(copy.GetProperty("equal").GetBoolean());
        Assert.Equal("PostGIS", copy.GetProperty("to").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task DbCopy_DestinationDatabaseAlreadyHoldsProjects_FailsWithOneLineAndLeavesItUnchanged()
    {
        var source = _folder.Combine("source.gpkg");
        var url = server.UrlFor(server.NewDatabaseName("full"));
        (await CliRun.InProcessAsync("project", "import", SampleFile, "--db", source)).Succeeded();
        (await CliRun.InProcessAsync("project", "import", SampleFile, "--db", url)).Succeeded();
        var before = (await CliRun.InProcessAsync("db", "checksum", "--json", "--db", url)).Succeeded().Out;

        var copy = await CliRun.InProcessAsync("db", "copy", "--from", source, "--to", url);

        Assert.Equal(1, copy.ExitCode);
        Assert.Equal($"projectmap: {url} already holds 6 projects; copy into a new GeoPackage file or an empty database", copy.Error.Trim());
        Assert.Equal(before, (await CliRun.InProcessAsync("db", "checksum", "--json", "--db", url)).Succeeded().Out);
    }

    [Fact]
    public async Task ProjectList_UnreachableServer_OneLineOnStderrAndExitCode1()
    {
        var run = await CliRun.ProcessAsync("project", "list", "--db", "postgresql://postgres@127.0.0.1:1/none");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("projectmap: cannot connect to PostgreSQL at 127.0.0.1:1", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectImport_EightProcessesAtOnceWithDisjointFiles_AllSucceedAndEveryProjectIsStoredOnce()
    {
        var url = server.UrlFor(server.NewDatabaseName("procs"));
        (await CliRun.InProcessAsync("init", "--db", url)).Succeeded();
        var files = Enumerable.Range(0, 8).Select(w => WriteGeoJson($"writer{w}.geojson", Enumerable.Range(0, 25).Select(i => $"P{w}-{i:D2}"), w)).ToList();

        var runs = await Task.WhenAll(files.Select(f => CliRun.ProcessAsync("project", "import", f, "--db", url)));

        Assert.All(runs, r => r.Succeeded());
        var listed = (await CliRun.InProcessAsync("project", "list", "--json", "--db", url)).Succeeded().Json();
        var codes = listed.EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToList();
        Assert.Equal(200, codes.Count);
        Assert.Equal(200, codes.Distinct().Count());
    }

    [Fact]
    public async Task ProjectImport_FourProcessesImportTheSameFileAtOnce_ExactlyOneSucceedsOthersReportTheDuplicate()
    {
        var url = server.UrlFor(server.NewDatabaseName("same"));
        (await CliRun.InProcessAsync("init", "--db", url)).Succeeded();
        var file = WriteGeoJson("same.geojson", Enumerable.Range(0, 30).Select(i => $"SAME-{i:D2}"), 0);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => CliRun.ProcessAsync("project", "import", file, "--db", url)));

        Assert.Single(runs, r => r.ExitCode == 0);
        Assert.All(runs.Where(r => r.ExitCode != 0), r =>
        {
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("already exists", r.Error, StringComparison.Ordinal);
        });
        var listed = (await CliRun.InProcessAsync("project", "list", "--json", "--db", url)).Succeeded().Json();
        Assert.Equal(30, listed.GetArrayLength());
    }

    [Fact]
    public async Task BenchStore_SmallRunOnPostGis_PrintsLoadViewportAndLookupFigures()
    {
        var url = server.UrlFor(server.NewDatabaseName("bench"));

        var run = (await CliRun.InProcessAsync("bench", "store", "--db", url, "--projects", "300", "--queries", "40", "--json")).Succeeded().Json();

        Assert.Equal(300, run.GetProperty("projects").GetInt32());
        Assert.Equal("PostGIS", run.GetProperty("kind").GetString());
        var bbox = run.GetProperty("bboxQuery");
        Assert.Equal(40, bbox.GetProperty("count").GetInt32());
        Assert.True(bbox.GetProperty("p95Ms").GetDouble() >= bbox.GetProperty("p50Ms").GetDouble());
        Assert.True(bbox.GetProperty("p50Ms").GetDouble() > 0);
        Assert.Equal(50, run.GetProperty("bboxP95GoalMs").GetDouble());
        Assert.Equal(2, run.GetProperty("notMeasured").GetArrayLength());
        var again = await CliRun.InProcessAsync("bench", "store", "--db", url, "--projects", "10", "--queries", "5");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds 300 projects", again.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private string WriteGeoJson(string name, IEnumerable<string> codes, int row)
    {
        var features = codes.Select((code, i) =>
        {
            var lon = 119.80 + (i * 0.004);
            var lat = 31.60 + (row * 0.004);
            return string.Create(
                CultureInfo.InvariantCulture,
                $$$"""{"type":"Feature","properties":{"code":"{{{code}}}","name":"并发项目{{{code}}}","planned_investment_wan":1000},"geometry":{"type":"Polygon","coordinates":[[[{{{lon}}},{{{lat}}}],[{{{lon + 0.002}}},{{{lat}}}],[{{{lon + 0.002}}},{{{lat + 0.002}}}],[{{{lon}}},{{{lat + 0.002}}}],[{{{lon}}},{{{lat}}}]]]}}""");
        });
        var path = _folder.Combine(name);
        File.WriteAllText(path, $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""", Encoding.UTF8);
        return path;
    }
}
