namespace ProjectMap.Application.Ledger.Import;

/// <summary>One bad row (or header) of a ledger spreadsheet: where it is and what is wrong.</summary>
/// <param name="File">The file name as given.</param>
/// <param name="Sheet">The sheet name (for CSV the file name).</param>
/// <param name="Row">1-based row number as Excel or an editor shows it.</param>
/// <param name="Column">The column as "C (完成投资（万元）)" for XLSX or "3 (…)" for CSV, or null when the problem is the row as a whole.</param>
/// <param name="Problem">What is wrong, in one sentence, with the fix when there is one.</param>
public sealed record LedgerImportProblem(string File, string Sheet, int Row, string? Column, string Problem)
{
    /// <summary>The problem as one line: "file: sheet 投资, row 5, column C (完成投资（万元）): problem".</summary>
    public override string ToString() =>
        $"{File}: sheet {Sheet}, row {Row}{(Column is null ? string.Empty : ", column " + Column)}: {Problem}";
}
