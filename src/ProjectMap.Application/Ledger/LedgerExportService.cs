using ProjectMap.Application.Ledger.Import;
using ProjectMap.Application.Ledger.Spreadsheets;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Ledger;

namespace ProjectMap.Application.Ledger;

/// <summary>
/// Exports the ledger as XLSX (one sheet per table, real number and date cells) or CSV (one table), with headers that
/// <see cref="LedgerImportService"/> reads back: importing an export into a store with the same projects reproduces
/// the ledger, and into the same store changes nothing. Every entry is written, corrections included.
/// </summary>
public static class LedgerExportService
{
    /// <summary>Writes <paramref name="tables"/> to <paramref name="path"/> (.xlsx: all given tables; .csv: exactly one); headers in Chinese unless <paramref name="english"/>.</summary>
    public static async Task ExportAsync(IProjectMapStore store, string path, IReadOnlyList<LedgerTable> tables, bool english, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(tables);
        var projects = (await store.Projects.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Code, p => p.DisplayName(english));
        var ledgers = await store.Ledger.ListAsync(cancellationToken).ConfigureAwait(false);
        var sheets = tables.Select(t => Sheet(t, ledgers, projects, english)).ToList();
        if (SpreadsheetFiles.IsXlsx(path))
        {
            XlsxWriter.Write(path, sheets);
        }
        else if (SpreadsheetFiles.IsCsv(path))
        {
            if (sheets.Count != 1)
            {
                throw new ArgumentException("a CSV file holds one table; choose one or write .xlsx", nameof(tables));
            }

            CsvWriter.Write(path, sheets[0]);
        }
        else
        {
            throw new ArgumentException($"{path}: write .xlsx or .csv", nameof(path));
        }
    }

    /// <summary>The sheet name of a table, Chinese unless <paramref name="english"/>.</summary>
    public static string SheetName(LedgerTable table, bool english) => table switch
    {
        LedgerTable.Milestones => english ? "milestones" : "里程碑",
        LedgerTable.Changes => english ? "milestone changes" : "里程碑变更",
        LedgerTable.Investment => english ? "investment" : "月度投资",
        LedgerTable.Plans => english ? "annual plans" : "年度计划",
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    private static SheetContent Sheet(LedgerTable table, IReadOnlyList<ProjectLedger> ledgers, Dictionary<Domain.Projects.ProjectCode, string> names, bool english)
    {
        SheetColumn C(LedgerColumn c, ColumnKind kind, double width = 14) => new(LedgerHeaders.Header(c, english), kind, width);
        string Name(Domain.Projects.ProjectCode code) => names.TryGetValue(code, out var n) ? n : string.Empty;
        string Yes(bool b) => english ? (b ? "yes" : "no") : (b ? "是" : "否");
        var name = SheetName(table, english);
        switch (table)
        {
            case LedgerTable.Milestones:
                return new SheetContent(
                    name,
                    [C(LedgerColumn.Code, ColumnKind.Text), C(LedgerColumn.Name, ColumnKind.Text, 36), C(LedgerColumn.Step, ColumnKind.Text, 16), C(LedgerColumn.Planned, ColumnKind.Date, 12),
                     C(LedgerColumn.Forecast, ColumnKind.Date, 12), C(LedgerColumn.Actual, ColumnKind.Date, 12), C(LedgerColumn.Weight, ColumnKind.Amount, 8), C(LedgerColumn.Applicable, ColumnKind.Text, 8)],
                    ledgers.SelectMany(l => l.CurrentMilestones()).Select(m => new object?[]
                    {
                        m.Code.Value, Name(m.Code), m.Step.Name(english), m.Planned, m.Forecast, m.Actual, m.Weight, Yes(m.Applicable),
                    }).ToList());
            case LedgerTable.Changes:
                return new SheetContent(
                    name,
                    [C(LedgerColumn.Code, ColumnKind.Text), C(LedgerColumn.Step, ColumnKind.Text, 16), C(LedgerColumn.Field, ColumnKind.Text, 12), C(LedgerColumn.OldValue, ColumnKind.Text, 12),
                     C(LedgerColumn.NewValue, ColumnKind.Text, 12), C(LedgerColumn.Reason, ColumnKind.Text, 30), C(LedgerColumn.RecordedBy, ColumnKind.Text), C(LedgerColumn.RecordedAt, ColumnKind.Instant, 20),
                     C(LedgerColumn.EffectiveAt, ColumnKind.Instant, 20)],
                    ledgers.SelectMany(l => l.MilestoneChanges.Select(c => (l, c))).Select(x => new object?[]
                    {
                        x.c.Code.Value, x.l.Baselines.FirstOrDefault(m => m.Step.Key == x.c.StepKey)?.Step.Name(english) ?? x.c.StepKey,
                        FieldName(x.c.Field, english), x.c.OldValue, x.c.NewValue, x.c.Reason, x.c.ChangedBy, x.c.RecordedAt, Effective(x.c.EffectiveAt),
                    }).ToList());
            case LedgerTable.Investment:
                return new SheetContent(
                    name,
                    [C(LedgerColumn.Code, ColumnKind.Text), C(LedgerColumn.Name, ColumnKind.Text, 36), C(LedgerColumn.Month, ColumnKind.Month, 10), C(LedgerColumn.Amount, ColumnKind.Amount, 16),
                     C(LedgerColumn.Reason, ColumnKind.Text, 24), C(LedgerColumn.RecordedBy, ColumnKind.Text), C(LedgerColumn.RecordedAt, ColumnKind.Instant, 20), C(LedgerColumn.EffectiveAt, ColumnKind.Instant, 20),
                     C(LedgerColumn.Id, ColumnKind.Text, 38), C(LedgerColumn.Corrects, ColumnKind.Text, 38)],
                    ledgers.SelectMany(l => l.Investment).Select(e => new object?[]
                    {
                        e.Code.Value, Name(e.Code), e.Month, e.AmountWan, e.Reason, e.RecordedBy, e.RecordedAt, Effective(e.EffectiveAt), e.Id.ToString(), e.CorrectsId?.ToString(),
                    }).ToList());
            case LedgerTable.Plans:
                return new SheetContent(
                    name,
                    [C(LedgerColumn.Code, ColumnKind.Text), C(LedgerColumn.Name, ColumnKind.Text, 36), C(LedgerColumn.Year, ColumnKind.Integer, 8), C(LedgerColumn.PlanAmount, ColumnKind.Amount, 18),
                     C(LedgerColumn.Reason, ColumnKind.Text, 24), C(LedgerColumn.RecordedBy, ColumnKind.Text), C(LedgerColumn.RecordedAt, ColumnKind.Instant, 20), C(LedgerColumn.EffectiveAt, ColumnKind.Instant, 20),
                     C(LedgerColumn.Id, ColumnKind.Text, 38), C(LedgerColumn.Corrects, ColumnKind.Text, 38)],
                    ledgers.SelectMany(l => l.AnnualPlans).Select(p => new object?[]
                    {
                        p.Code.Value, Name(p.Code), p.Year, p.PlanWan, p.Reason, p.RecordedBy, p.RecordedAt, Effective(p.EffectiveAt), p.Id.ToString(), p.CorrectsId?.ToString(),
                    }).ToList());
            default:
                throw new ArgumentOutOfRangeException(nameof(table));
        }
    }

    private static object? Effective(DateTimeOffset effective) => effective == EffectiveTime.Baseline ? (object)"baseline" : effective;

    private static string FieldName(MilestoneField field, bool english) => field switch
    {
        MilestoneField.Planned => LedgerHeaders.Header(LedgerColumn.Planned, english),
        MilestoneField.Forecast => LedgerHeaders.Header(LedgerColumn.Forecast, english),
        MilestoneField.Actual => LedgerHeaders.Header(LedgerColumn.Actual, english),
        MilestoneField.Weight => LedgerHeaders.Header(LedgerColumn.Weight, english),
        _ => LedgerHeaders.Header(LedgerColumn.Applicable, english),
    };
}
