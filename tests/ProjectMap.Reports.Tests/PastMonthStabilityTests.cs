using ProjectMap.Testing;

namespace ProjectMap.Reports.Tests;

/// <summary>A past month's report keeps its figures after later ledger corrections (figures are the ledger as of the month's end).</summary>
public sealed class PastMonthStabilityTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Monthly_PastMonthAfterLaterCorrection_WritesTheIdenticalWorkbookAndGeoJson()
    {
        await SampleDistrict.BuildAsync(_dir.Path);
        var db = _dir.Combine("projectmap.gpkg");
        var before = _dir.Combine("before");
        var after = _dir.Combine("after");
        Assert.Equal(0, (await SampleDistrict.RunAsync("report", "monthly", "--db", db, "--month", "2023-11", "--out", before, "--format", "xlsx,geojson")).ExitCode);

        // A correction of November's return recorded now: it counts from now on, not in the November report.
        var (code, _, error) = await SampleDistrict.RunAsync("investment", "add", "WJ2023-001", "--db", db, "--month", "2023-11", "--amount", "4321", "--reason", "补录发票", "--by", "test");
        Assert.True(code == 0, error);
        var (listCode, list, _) = await SampleDistrict.RunAsync("investment", "list", "WJ2023-001", "--db", db);
        Assert.Equal(0, listCode);
        Assert.Contains("4,321", list, StringComparison.Ordinal);

        Assert.Equal(0, (await SampleDistrict.RunAsync("report", "monthly", "--db", db, "--month", "2023-11", "--out", after, "--format", "xlsx,geojson")).ExitCode);

        Assert.Equal(File.ReadAllBytes(Path.Combine(before, "monthly-report-2023-11.xlsx")), File.ReadAllBytes(Path.Combine(after, "monthly-report-2023-11.xlsx")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(before, "projects-2023-11.geojson")), File.ReadAllBytes(Path.Combine(after, "projects-2023-11.geojson")));
        var book = WorkbookReader.Open(Path.Combine(after, "monthly-report-2023-11.xlsx"));
        Assert.Equal("鑫奇航智能装备制造项目", book.Cell("项目进展", "B4").Value);
        Assert.NotEqual(4321m, book.Cell("项目进展", "F4").Number);
    }

    [Fact]
    public async Task Monthly_CorrectionRecordedAfterTheMonth_IsNotInThatMonthButIsInTheNext()
    {
        // The sample ledger corrects WJ2023-002's November return from 900 to 1,150 万元 on 2024-01-10.
        await SampleDistrict.BuildAsync(_dir.Path);
        var db = _dir.Combine("projectmap.gpkg");
        Assert.Equal(0, (await SampleDistrict.RunAsync("report", "monthly", "--db", db, "--month", "2023-11", "--out", _dir.Combine("nov"), "--format", "xlsx")).ExitCode);
        Assert.Equal(0, (await SampleDistrict.RunAsync("report", "monthly", "--db", db, "--month", "2024-01", "--out", _dir.Combine("jan"), "--format", "xlsx")).ExitCode);

        var november = WorkbookReader.Open(_dir.Combine("nov", "monthly-report-2023-11.xlsx"));
        Assert.Equal("江苏常氢科技氢能装备项目", november.Cell("项目进展", "B5").Value);
        Assert.Equal(900m, november.Cell("项目进展", "F5").Number);
        var novemberCumulative = november.Cell("项目进展", "G5").Number;
        var january = WorkbookReader.Open(_dir.Combine("jan", "monthly-report-2024-01.xlsx"));
        var januaryMonth = january.Cell("项目进展", "F5").Value is null ? 0m : january.Cell("项目进展", "F5").Number;

        // January's cumulative holds the corrected November (+250) on top of what November's report had.
        Assert.True(january.Cell("项目进展", "G5").Number - januaryMonth >= novemberCumulative + 250m);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
