using System.Globalization;
using System.Text;
using System.Text.Json;
using ProjectMap.Testing;

namespace ProjectMap.Cli.Tests.Commands;

/// <summary>
/// The <c>projectmap</c> commands against PostGIS databases on a private server: <c>--db postgresql://…</c>,
/// db copy in both directions, concurrent import processes, bench.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostGisCommandsTests(PostgresServer server) : IDisposable
{
    private readonly TempDirectory _folder = new();

    private static string SampleFile => RepositoryRoot.Combine("sample-imagery", "district", "projects.geojson");

    [Fact]
    public async Task ProjectCommands_DbUrl_InitImportListAndShowWorkAsOnAGeoPackage()
    {
        var url = server.UrlFor(server.NewDatabaseName("cli"));

        var init = await Ok("init", "--db", url, "--json");
        await Ok("project", "import", SampleFile, "--db", url);
        var list = Json(await Ok("project", "list", "--json", "--db", url));
        var show = Json(await Ok("project", "show", "WJ2023-001", "--json", "--db", url));

        Assert.Equal(url, Json(init).GetProperty("location").GetString());
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
        await Ok("project", "import", SampleFile, "--db", original);

        var there = Json(await Ok("db", "copy", "--from", original, "--to", url, "--json"));
        var home = await Ok("db", "copy", "--from", url, "--to", back);

        Assert.True(there.GetProperty("equal").GetBoolean());
        var projects = there.GetProperty("concerns").EnumerateArray().Single(c => c.GetProperty("concern").GetString() == "projects");
        Assert.Equal(6, projects.GetProperty("copied").GetInt32());
        Assert.Equal(6, projects.GetProperty("destinationCount").GetInt32());
        Assert.Contains("all concerns equal", home.Output, StringComparison.Ordinal);
        var sums = new List<string>();
        foreach (var db in new[] { original, url, back })
        {
            var digest = Json(await Ok("db", "checksum", "--json", "--db", db));
            var p = digest.GetProperty("concerns").EnumerateArray().Single(c => c.GetProperty("concern").GetString() == "projects");
            Assert.Equal(6, p.GetProperty("count").GetInt32());
            sums.Add(p.GetProperty("sha256").GetString()!);
        }

        Assert.Single(sums.Distinct());
        Assert.Equal(projects.GetProperty("sourceSha256").GetString(), sums[0]);
        var listedOriginal = (await Ok("project", "list", "--json", "--db", original)).Output;
        var listedBack = (await Ok("project", "list", "--json", "--db", back)).Output;
        Assert.Equal(listedOriginal, listedBack);
    }

    [Fact]
    public async Task DbCopy_PostGisToPostGis_ChecksumsEqual()
    {
        var from = server.UrlFor(server.NewDatabaseName("from"));
        var to = server.UrlFor(server.NewDatabaseName("to"));
        await Ok("project", "import", SampleFile, "--db", from);

        var copy = Json(await Ok("db", "copy", "--from", from, "--to", to, "--json"));

        Assert.True(copy.GetProperty("equal").GetBoolean());
        Assert.Equal("PostGIS", copy.GetProperty("to").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task DbCopy_DestinationDatabaseAlreadyHoldsProjects_FailsWithOneLineAndLeavesItUnchanged()
    {
        var source = _folder.Combine("source.gpkg");
        var url = server.UrlFor(server.NewDatabaseName("full"));
        await Ok("project", "import", SampleFile, "--db", source);
        await Ok("project", "import", SampleFile, "--db", url);
        var before = (await Ok("db", "checksum", "--json", "--db", url)).Output;

        var copy = await CliRunner.RunAsync("db", "copy", "--from", source, "--to", url);

        Assert.Equal(1, copy.ExitCode);
        Assert.Equal($"projectmap: {url} already holds 6 projects; copy into a new GeoPackage file or an empty database", copy.Error.Trim());
        Assert.Equal(before, (await Ok("db", "checksum", "--json", "--db", url)).Output);
    }

    [Fact]
    public async Task ProjectList_UnreachableServer_OneLineOnStderrAndExitCode1()
    {
        var run = await Process("project", "list", "--db", "postgresql://postgres@127.0.0.1:1/none");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("projectmap: cannot connect to PostgreSQL at 127.0.0.1:1", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectImport_EightProcessesAtOnceWithDisjointFiles_AllSucceedAndEveryProjectIsStoredOnce()
    {
        var url = server.UrlFor(server.NewDatabaseName("procs"));
        await Ok("init", "--db", url);
        var files = Enumerable.Range(0, 8).Select(w => WriteGeoJson($"writer{w}.geojson", Enumerable.Range(0, 25).Select(i => $"P{w}-{i:D2}"), w)).ToList();

        var runs = await Task.WhenAll(files.Select(f => Process("project", "import", f, "--db", url)));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Error));
        var listed = Json(await Ok("project", "list", "--json", "--db", url));
        var codes = listed.EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToList();
        Assert.Equal(200, codes.Count);
        Assert.Equal(200, codes.Distinct().Count());
    }

    [Fact]
    public async Task ProjectImport_FourProcessesImportTheSameFileAtOnce_ExactlyOneSucceedsOthersReportTheDuplicate()
    {
        var url = server.UrlFor(server.NewDatabaseName("same"));
        await Ok("init", "--db", url);
        var file = WriteGeoJson("same.geojson", Enumerable.Range(0, 30).Select(i => $"SAME-{i:D2}"), 0);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Process("project", "import", file, "--db", url)));

        Assert.Single(runs, r => r.ExitCode == 0);
        Assert.All(runs.Where(r => r.ExitCode != 0), r =>
        {
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("already exists", r.Error, StringComparison.Ordinal);
        });
        var listed = Json(await Ok("project", "list", "--json", "--db", url));
        Assert.Equal(30, listed.GetArrayLength());
    }

    [Fact]
    public async Task BenchStore_SmallRunOnPostGis_PrintsLoadQueryAndStatusFiguresAsJson()
    {
        var url = server.UrlFor(server.NewDatabaseName("bench"));

        var run = Json(await Ok("bench", "store", "--db", url, "--projects", "300", "--photos", "4000", "--queries", "40", "--json"));

        Assert.Equal(300, run.GetProperty("projects").GetInt32());
        Assert.Equal(4000, run.GetProperty("photos").GetInt32());
        Assert.True(run.GetProperty("ledgerRecords").GetInt32() > 300 * 8);
        Assert.Equal("PostGIS", run.GetProperty("kind").GetString());
        foreach (var query in new[] { "bboxQuery", "monthFootprintQuery", "allMonthsFootprintQuery" })
        {
            var q = run.GetProperty(query);
            Assert.Equal(40, q.GetProperty("count").GetInt32());
            Assert.True(q.GetProperty("p95Ms").GetDouble() >= q.GetProperty("p50Ms").GetDouble());
            Assert.True(q.GetProperty("p50Ms").GetDouble() > 0);
        }

        Assert.True(run.GetProperty("meanAllFootprints").GetDouble() >= run.GetProperty("meanMonthFootprints").GetDouble());
        Assert.Equal(50, run.GetProperty("bboxP95GoalMs").GetDouble());
        Assert.Equal(2000, run.GetProperty("statusGoalMs").GetDouble());
        Assert.Equal("2024-12", run.GetProperty("statusMonth").GetString());
        Assert.Equal(3, run.GetProperty("statusRunsMs").GetArrayLength());
        Assert.Equal(300, run.GetProperty("statusCounts").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(4000, int.Parse(await server.QueryAsync(PostgresServer.DatabaseOf(url), "SELECT count(*) FROM photos"), CultureInfo.InvariantCulture));
        var again = await CliRunner.RunAsync("bench", "store", "--db", url, "--projects", "10", "--photos", "0", "--queries", "5");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds projects or photos", again.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<(int ExitCode, string Output, string Error)> Ok(params string[] args)
    {
        var run = await CliRunner.RunAsync(args);
        Assert.True(run.ExitCode == 0, $"projectmap {string.Join(' ', args)}: exit {run.ExitCode}\n{run.Error}");
        return run;
    }

    private static JsonElement Json((int ExitCode, string Output, string Error) run) => JsonDocument.Parse(run.Output).RootElement;

    private Task<(int ExitCode, string Output, string Error)> Process(params string[] args) => Task.Run(() => CliRunner.RunProcess(_folder.Path, args));

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
