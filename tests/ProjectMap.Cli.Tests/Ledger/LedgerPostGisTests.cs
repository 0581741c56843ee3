using System.Text.Json;
using ProjectMap.Testing;

namespace ProjectMap.Cli.Tests.Ledger;

/// <summary>The ledger on a PostGIS store: the sample district's ledger copied both ways with equal checksums and the same status.</summary>
[Collection(PostgresCollection.Name)]
public sealed class LedgerPostGisTests(PostgresServer server) : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task DbCopy_DemoLedgerToPostGisAndBack_ChecksumsEqualAndSameDecemberStatus()
    {
        var demo = await CliRunner.RunAsync("demo", "--out", _folder.Path, "--sample", RepositoryRoot.Combine("sample-imagery"));
        Assert.True(demo.ExitCode == 0, demo.Error);
        var original = _folder.Combine("projectmap.gpkg");
        var back = _folder.Combine("back.gpkg");
        var url = server.UrlFor(server.NewDatabaseName("ledger"));

        var there = await CliRunner.RunAsync("db", "copy", "--from", original, "--to", url, "--json");
        Assert.True(there.ExitCode == 0, there.Error);
        using var report = JsonDocument.Parse(there.Output);
        Assert.True(report.RootElement.GetProperty("equal").GetBoolean());
        var ledger = report.RootElement.GetProperty("concerns").EnumerateArray().Single(c => c.GetProperty("concern").GetString() == "ledger");
        Assert.Equal(48 + 78 + 51 + 7, ledger.GetProperty("copied").GetInt32());
        var home = await CliRunner.RunAsync("db", "copy", "--from", url, "--to", back);
        Assert.True(home.ExitCode == 0, home.Error);

        var statuses = new List<string>();
        foreach (var db in new[] { original, url, back })
        {
            foreach (var asOf in new[] { "2023-12-31", "2024-01-31" })
            {
                var s = await CliRunner.RunAsync("status", "--month", "2023-11", "--as-of", asOf, "--json", "--db", db);
                Assert.True(s.ExitCode == 0, s.Error);
                statuses.Add(asOf + s.Output);
            }

            var dec = await CliRunner.RunAsync("status", "--month", "2023-12", "--json", "--db", db);
            statuses.Add(dec.Output);
        }

        Assert.Equal(3, statuses.Distinct().Count());
        Assert.Contains("\"stage\": \"内部装修\"", statuses[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MilestoneSet_OnPostGis_KeepsProjectStageCurrent()
    {
        var url = server.UrlFor(server.NewDatabaseName("ledgerset"));
        Assert.Equal(0, (await CliRunner.RunAsync("project", "import", RepositoryRoot.Combine("sample-imagery", "district", "projects.geojson"), "--db", url)).ExitCode);
        var set = await CliRunner.RunAsync("milestone", "set", "WJ2023-002", "开工", "--actual", "2023-04-10", "--db", url);
        Assert.True(set.ExitCode == 0, set.Error);
        var show = await CliRunner.RunAsync("project", "show", "WJ2023-002", "--json", "--db", url);
        Assert.Equal("开工", JsonDocument.Parse(show.Output).RootElement.GetProperty("stage").GetString());
        var refused = await CliRunner.RunAsync("investment", "add", "WJ2023-404", "--month", "2023-11", "--amount", "1", "--db", url);
        Assert.Equal((1, "projectmap: no project with code 'WJ2023-404' in the store" + Environment.NewLine), (refused.ExitCode, refused.Error));
    }
}
