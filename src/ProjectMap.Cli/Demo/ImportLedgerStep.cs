using ProjectMap.Application.Ledger;
using ProjectMap.Application.Ledger.Import;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Cli.Demo;

/// <summary>
/// Imports the sample district's 2023 ledger (<c>sample-imagery/district/*.csv</c>: annual plans, milestone plans,
/// milestone changes, monthly returns), exports it to <c>ledger.xlsx</c> and prints the December 2023 status table,
/// then shows a January 2024 correction leaving the November 2023 figures as they stood.
/// </summary>
public sealed class ImportLedgerStep : IDemoStep
{
    /// <summary>The ledger files, in the order they are imported.</summary>
    public static IReadOnlyList<string> Files { get; } = ["annual-plans.csv", "milestones.csv", "milestone-changes.csv", "investment.csv"];

    /// <inheritdoc />
    public string Name => "ledger";

    /// <inheritdoc />
    public async Task RunAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(demo);
        foreach (var name in Files)
        {
            var file = Path.Combine(demo.DistrictDirectory, name);
            var result = await LedgerImportService.ImportAsync(demo.Store, file, new LedgerImportOptions(false, "demo", DateTimeOffset.Now), cancellationToken).ConfigureAwait(false);
            await demo.LogAsync($"imported {name}: {result.RowsApplied} row(s), {result.MilestoneChanges} milestone changes, {result.InvestmentEntries} investment entries, {result.AnnualPlans} annual plans").ConfigureAwait(false);
        }

        var xlsx = Path.Combine(demo.OutputDirectory, "ledger.xlsx");
        await LedgerExportService.ExportAsync(demo.Store, xlsx, Enum.GetValues<LedgerTable>(), english: false, cancellationToken).ConfigureAwait(false);
        await demo.LogAsync($"exported the ledger to {xlsx}").ConfigureAwait(false);

        var december = new YearMonth(2023, 12);
        var statuses = await StatusReportService.BuildAsync(demo.Store, december, StatusRules.Default, null, cancellationToken).ConfigureAwait(false);
        await demo.LogAsync("status for 2023-12 (projectmap status --month 2023-12):").ConfigureAwait(false);
        await demo.Cli.Out.WriteAsync(StatusTable.Render(statuses, english: false)).ConfigureAwait(false);

        var november = new YearMonth(2023, 11);
        var code = ProjectCode.Parse("WJ2023-002");
        var ledger = await demo.Store.Ledger.GetAsync(code, cancellationToken).ConfigureAwait(false);
        var atMonthEnd = ledger.InvestmentAsOf(DistrictTime.EndOf(november)).FirstOrDefault(e => e.Month == november);
        var later = ledger.InvestmentAsOf(DistrictTime.EndOf(new YearMonth(2024, 1))).FirstOrDefault(e => e.Month == november);
        if (atMonthEnd is not null && later is not null && later.Id != atMonthEnd.Id)
        {
            await demo.LogAsync(
                $"as-of: {code} 2023-11 investment was {LedgerArgs.Wan(atMonthEnd.AmountWan)} 万元 as of 2023-11-30 and is {LedgerArgs.Wan(later.AmountWan)} 万元 as of 2024-01-31 " +
                $"(correction recorded {LedgerArgs.Instant(later.RecordedAt)}: {later.Reason}); the November report keeps {LedgerArgs.Wan(atMonthEnd.AmountWan)}").ConfigureAwait(false);
        }
    }
}
