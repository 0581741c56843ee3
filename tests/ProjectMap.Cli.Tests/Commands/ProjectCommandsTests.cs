using System.Text.Json;
using ProjectMap.Testing;

namespace ProjectMap.Cli.Tests.Commands;

public sealed class ProjectCommandsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.Combine("test.gpkg");

    private static string SampleParcels => RepositoryRoot.Combine("sample-imagery", "district", "projects.geojson");

    [Fact]
    public async Task ListJson_AfterSampleImport_XinqihangHasContractFields()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("project", "import", SampleParcels, "--db", Db)).ExitCode);

        var (code, output, error) = await CliRunner.RunAsync("project", "list", "--json", "--db", Db);

        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(6, doc.RootElement.GetArrayLength());
        var xqh = doc.RootElement.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "WJ2023-001");
        Assert.Equal("鑫奇航智能装备制造项目", xqh.GetProperty("name").GetString());
        Assert.InRange(xqh.GetProperty("areaMu").GetDouble(), 47.5 * 0.98, 47.5 * 1.02);
        Assert.InRange(xqh.GetProperty("areaM2").GetDouble(), 31666.67 * 0.98, 31666.67 * 1.02);
        Assert.Equal(47.5, xqh.GetProperty("declaredAreaMu").GetDouble());
        Assert.Equal(50000m, xqh.GetProperty("plannedInvestmentWan").GetDecimal());
        Assert.Equal("内部装修", xqh.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondRefusedAndStoreUnchanged()
    {
        await CliRunner.RunAsync("project", "import", SampleParcels, "--db", Db);

        var (code, _, error) = await CliRunner.RunAsync("project", "import", SampleParcels, "--db", Db);

        Assert.Equal(1, code);
        Assert.Contains("already exists in the store", error, StringComparison.Ordinal);
        var (_, list, _) = await CliRunner.RunAsync("project", "list", "--json", "--db", Db);
        Assert.Equal(6, JsonDocument.Parse(list).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task ShowJson_Xinqihang_HasBuildingsAndGeoJsonParcel()
    {
        await CliRunner.RunAsync("project", "import", SampleParcels, "--db", Db);

        var (code, output, error) = await CliRunner.RunAsync("project", "show", "WJ2023-001", "--json", "--db", Db);

        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("MultiPolygon", doc.RootElement.GetProperty("parcel").GetProperty("type").GetString());
        Assert.Equal(3, doc.RootElement.GetProperty("buildings").GetArrayLength());
        Assert.Equal("技术研发中心", doc.RootElement.GetProperty("buildings")[0].GetProperty("nameZh").GetString());
    }

    [Fact]
    public void Process_ShowUnknownProject_ExitsOneWithOneLineOnStderr()
    {
        CliRunner.RunProcess(_dir.Path, "init");

        var (code, output, error) = CliRunner.RunProcess(_dir.Path, "project", "show", "NOPE");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("projectmap: no project with code 'NOPE' in " + _dir.Combine("projectmap.gpkg"), error.TrimEnd('\n'));
    }

    [Fact]
    public void Process_ImportSelfIntersecting_ExitsOneNamingFileFeatureProblem()
    {
        var bad = RepositoryRoot.Combine("tests", "ProjectMap.Application.Tests", "TestData", "issue2-self-intersecting.geojson");

        var (code, _, error) = CliRunner.RunProcess(_dir.Path, "project", "import", bad);

        Assert.Equal(1, code);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains("issue2-self-intersecting.geojson: feature 2 (BOW-1): invalid polygon: self-intersection", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_ListWithoutStore_ExitsOneSayingInit()
    {
        var (code, _, error) = CliRunner.RunProcess(_dir.Path, "project", "list");

        Assert.Equal(1, code);
        Assert.Contains("run 'projectmap init", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.Combine("projectmap.gpkg")));
    }

    [Fact]
    public void Process_UnknownOption_ExitsTwo()
    {
        var (code, _, error) = CliRunner.RunProcess(_dir.Path, "project", "list", "--colour");

        Assert.Equal(2, code);
        Assert.Contains("--colour", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("init")]
    [InlineData("project", "import")]
    [InlineData("project", "list")]
    [InlineData("project", "show")]
    [InlineData("demo")]
    public async Task Help_EveryCommand_PrintsUsageAndExitsZero(params string[] command)
    {
        var (code, output, _) = await CliRunner.RunAsync([.. command, "--help"]);

        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("--db", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
