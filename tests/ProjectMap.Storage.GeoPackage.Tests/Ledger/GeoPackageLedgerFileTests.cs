using ProjectMap.Application.Storage;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;
using ProjectMap.Storage.Contract.Tests.Ledger;
using ProjectMap.Testing;

namespace ProjectMap.Storage.GeoPackage.Tests.Ledger;

/// <summary>The ledger tables as an independent reader (GDAL's ogrinfo) sees them in the GeoPackage file.</summary>
public sealed class GeoPackageLedgerFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Ogrinfo_LedgerWritten_ListsAttributeTablesWithRowsAndValues()
    {
        var path = _dir.Combine("ledger.gpkg");
        await using (var store = await GeoPackageStore.OpenAsync(path))
        {
            await store.Projects.AddAsync([LedgerContractData.Project(LedgerContractData.A)]);
            var ledger = await store.Ledger.GetAsync(LedgerContractData.A);
            var plan = MilestonePlanner.Plan(ledger, MilestoneTemplate.Default, LedgerContractData.Update(LedgerContractData.A, "开工", new DateTimeOffset(2023, 3, 20, 9, 0, 0, TimeSpan.FromHours(8))) with { Actual = new DateOnly(2023, 3, 15) });
            var entry = LedgerContractData.Return(LedgerContractData.A, new YearMonth(2023, 3), 1234.5678m);
            await store.Ledger.AppendAsync(new LedgerBatch(plan.NewMilestones, plan.Changes, [entry], []));
        }

        var layers = Ogrinfo("-ro", "-q", path);
        foreach (var table in new[] { "projects (Multi Polygon)", "ledger_milestone_template (None)", "ledger_milestones (None)", "ledger_milestone_changes (None)", "ledger_investment (None)", "ledger_annual_plans (None)" })
        {
            Assert.Contains(table, layers, StringComparison.Ordinal);
        }

        var investment = Ogrinfo("-ro", path, "ledger_investment");
        Assert.Contains("amount_wan (Real) = 1234.5678", investment, StringComparison.Ordinal);
        Assert.Contains("month (String) = 2023-03", investment, StringComparison.Ordinal);
        var projects = Ogrinfo("-ro", path, "projects");
        Assert.Contains("stage (String) = 开工", projects, StringComparison.Ordinal);
        var milestones = Ogrinfo("-ro", path, "-where", "step_key = 'start'", "ledger_milestones");
        Assert.Contains("actual_date (Date) = 2023/03/15", milestones, StringComparison.Ordinal);
    }

    private static string Ogrinfo(params string[] arguments)
    {
        var (code, output, error) = ExternalTool.Run("ogrinfo", arguments);
        Assert.True(code == 0, $"ogrinfo {string.Join(' ', arguments)} failed: {error}");
        return output;
    }
}
