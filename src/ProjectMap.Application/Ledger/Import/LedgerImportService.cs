using ProjectMap.Application.Ledger.Spreadsheets;
using ProjectMap.Application.Storage;

namespace ProjectMap.Application.Ledger.Import;

/// <summary>
/// Imports ledger spreadsheets (XLSX with any number of sheets, or CSV): milestones, milestone changes, monthly
/// investment returns and annual plans, each sheet recognised by its Chinese or English headers. Every row is checked
/// (cells, project, the ledger's rules) and every bad row reported; with any bad row nothing is stored unless
/// <see cref="LedgerImportOptions.SkipInvalid"/>. Rows apply in order of their 填报时间 (recorded at; rows without one
/// are recorded now), so a file may hold a first return and its later correction. A row the ledger already holds
/// (same value recorded at the same time, to the second) changes nothing, so importing a file twice, or re-importing an
/// export, is harmless. Good rows are stored in one transaction.
/// </summary>
public static class LedgerImportService
{
    /// <summary>Imports <paramref name="path"/>; throws <see cref="LedgerImportException"/> listing every bad row when nothing was stored.</summary>
    public static async Task<LedgerImportResult> ImportAsync(IProjectMapStore store, string path, LedgerImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var file = Path.GetFileName(path);
        IReadOnlyList<SheetTable> tables;
        try
        {
            tables = SpreadsheetFiles.Read(path);
        }
        catch (InvalidDataException e)
        {
            throw new LedgerImportException(e.Message, e);
        }

        var problems = new List<LedgerImportProblem>();
        var warnings = new List<string>();
        var recognised = new List<(string, LedgerTableKind, int)>();
        var rows = new List<ImportRow>();
        foreach (var table in tables)
        {
            var columns = MapHeaders(file, table, problems);
            if (LedgerHeaders.KindOf(columns.Keys.ToList()) is not { } kind)
            {
                warnings.Add($"{file}: sheet {table.Name} is not a ledger table (headers: {string.Join(", ", table.Headers.Where(h => h.Length > 0))}); it was left out");
                continue;
            }

            recognised.Add((table.Name, kind, table.Rows.Count));
            foreach (var row in table.Rows)
            {
                if (RowParser.Parse(file, table, row, kind, columns, rows.Count, options, problems) is { } parsed)
                {
                    rows.Add(parsed);
                }
            }
        }

        if (recognised.Count == 0)
        {
            throw new LedgerImportException($"{file}: no ledger table found; expected {LedgerHeaders.Expected}");
        }

        var applier = new RowApplier(store, file, await store.Ledger.GetTemplateAsync(cancellationToken).ConfigureAwait(false), problems);
        await applier.LoadProjectsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in rows.OrderBy(r => r.RecordedAt).ThenBy(r => r.Sequence))
        {
            await applier.ApplyAsync(row, cancellationToken).ConfigureAwait(false);
        }

        var ordered = problems.OrderBy(p => p.Sheet, StringComparer.Ordinal).ThenBy(p => p.Row).ToList();
        if (ordered.Count > 0 && !options.SkipInvalid)
        {
            throw new LedgerImportException(ordered);
        }

        var batch = applier.Batch;
        await store.Ledger.AppendAsync(batch, cancellationToken).ConfigureAwait(false);
        return new LedgerImportResult(
            recognised, applier.Applied, applier.Unchanged, ordered, warnings, batch.MilestoneChanges.Count, batch.Investment.Count, batch.AnnualPlans.Count);
    }

    private static Dictionary<LedgerColumn, int> MapHeaders(string file, SheetTable table, List<LedgerImportProblem> problems)
    {
        var columns = new Dictionary<LedgerColumn, int>();
        for (var i = 0; i < table.Headers.Count; i++)
        {
            if (LedgerHeaders.Match(table.Headers[i]) is not { } column)
            {
                continue;
            }

            if (!columns.TryAdd(column, i))
            {
                problems.Add(new LedgerImportProblem(file, table.Name, table.HeaderRow, table.ColumnLabel(i), $"the column repeats {table.ColumnLabel(columns[column])}; keep one"));
            }
        }

        return columns;
    }
}
