using System.Text.Json;
using ProjectMap.Testing;

namespace ProjectMap.Cli.Tests.Ledger;

/// <summary>The ledger editing and import/export commands, in-process and as the real <c>projectmap</c> process.</summary>
public sealed class LedgerCommandsTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();

    private string Db => _dir.Combine("projectmap.gpkg");

    public async Task InitializeAsync()
    {
        var (code, _, error) = await CliRunner.RunAsync("project", "import", Path.Combine(RepositoryRoot.Path, "sample-imagery", "district", "projects.geojson"), "--db", Db);
        Assert.True(code == 0, error);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task LedgerImport_BadRowsXlsxRealProcess_EveryProblemOnStderrExit1NothingStored()
    {
        var bad = RepositoryRoot.Combine("tests", "ProjectMap.Application.Tests", "TestData", "issue5-bad-rows.xlsx");
        var (code, output, error) = CliRunner.RunProcess(_dir.Path, "ledger", "import", bad, "--db", Db);

        Assert.Equal(1, code);
        Assert.Empty(output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, lines.Length);
        Assert.All(lines[..10], l => Assert.StartsWith("issue5-bad-rows.xlsx: sheet ", l, StringComparison.Ordinal));
        Assert.StartsWith("projectmap: 10 problem(s) in 10 row(s), first: ", lines[10], StringComparison.Ordinal);
        Assert.Contains("nothing was imported", lines[10], StringComparison.Ordinal);

        var (_, list, _) = await CliRunner.RunAsync("investment", "list", "--db", Db, "--json", "--all");
        Assert.Equal("[]", list.Trim());
    }

    [Fact]
    public async Task MilestoneSet_PlanMovedWithoutReason_RefusedThenWithReasonRecorded()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("milestone", "set", "WJ2023-002", "主体结构封顶", "--planned", "2023-08-31", "--by", "王建国", "--db", Db)).ExitCode);

        var (code, _, error) = await CliRunner.RunAsync("milestone", "set", "WJ2023-002", "topping-out", "--planned", "2023-10-31", "--db", Db);
        Assert.Equal(1, code);
        Assert.Equal("projectmap: 主体结构封顶 planned date moves from 2023-08-31 to 2023-10-31: give the reason (原因)" + Environment.NewLine, error);

        var (ok, output, err) = await CliRunner.RunAsync("milestone", "set", "WJ2023-002", "topping-out", "--planned", "2023-10-31", "--reason", "钢结构供货延迟", "--by", "王建国", "--json", "--db", Db);
        Assert.True(ok == 0, err);
        using var doc = JsonDocument.Parse(output);
        var change = doc.RootElement.EnumerateArray().Single();
        Assert.Equal(("planned", "2023-08-31", "2023-10-31", "钢结构供货延迟", "王建国"),
            (change.GetProperty("field").GetString(), change.GetProperty("oldValue").GetString(), change.GetProperty("newValue").GetString(), change.GetProperty("reason").GetString(), change.GetProperty("changedBy").GetString()));

        var (_, history, _) = await CliRunner.RunAsync("milestone", "history", "WJ2023-002", "--json", "--db", Db);
        Assert.Equal(2, JsonDocument.Parse(history).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task InvestmentAdd_SecondAmountForMonth_IsCorrectionAndListAllShowsBoth()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("investment", "add", "WJ2023-001", "--month", "2023-11", "--amount", "2600", "--db", Db)).ExitCode);
        var refused = await CliRunner.RunAsync("investment", "add", "WJ2023-001", "--month", "2023-11", "--amount", "2500", "--db", Db);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("a correction needs a reason", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await CliRunner.RunAsync("investment", "add", "WJ2023-001", "--month", "2023-11", "--amount", "2500", "--reason", "统计口径调整", "--db", Db)).ExitCode);

        var (_, output, _) = await CliRunner.RunAsync("investment", "list", "WJ2023-001", "--all", "--json", "--db", Db);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().Select(r => r.GetProperty("entry")).ToList();
        Assert.Equal([(2600m, false), (2500m, true)], rows.Select(r => (r.GetProperty("amountWan").GetDecimal(), r.GetProperty("counts").GetBoolean())));
        Assert.Equal(rows[0].GetProperty("id").GetString(), rows[1].GetProperty("correctsId").GetString());
    }

    [Fact]
    public async Task LedgerExport_CsvWithoutTable_OneLineErrorAndXlsxWritesAllSheets()
    {
        var (code, _, error) = await CliRunner.RunAsync("ledger", "export", "--out", _dir.Combine("x.csv"), "--db", Db);
        Assert.Equal(1, code);
        Assert.Equal("projectmap: a CSV file holds one table: give --table milestones|changes|investment|plans, or write .xlsx for all" + Environment.NewLine, error);

        var xlsx = _dir.Combine("ledger.xlsx");
        Assert.Equal(0, (await CliRunner.RunAsync("ledger", "export", "--out", xlsx, "--db", Db)).ExitCode);
        Assert.True(File.Exists(xlsx));
        var csv = _dir.Combine("plans.csv");
        Assert.Equal(0, (await CliRunner.RunAsync("ledger", "export", "--out", csv, "--table", "plans", "--lang", "en", "--db", Db)).ExitCode);
        Assert.StartsWith("code,name,year,annual plan (万元),reason,recorded by,recorded at,effective at,id,corrects", File.ReadAllText(csv), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("milestone", "set")]
    [InlineData("investment", "add")]
    [InlineData("ledger", "import")]
    [InlineData("ledger", "export")]
    public async Task Help_EveryLedgerCommand_DescribesEveryOption(params string[] command)
    {
        var (code, output, _) = await CliRunner.RunAsync([.. command, "--help"]);
        Assert.Equal(0, code);
        var optionLines = output.Split('\n').Where(l => l.TrimStart().StartsWith("--", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(optionLines);
        Assert.All(optionLines, l => Assert.Matches(@"^\s+--\S.*\S\s{2,}\S", l));
    }
}
