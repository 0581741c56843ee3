namespace ProjectMap.Application.Ledger.Spreadsheets;

/// <summary>A table to write: a sheet name, its columns and rows of values (null for an empty cell).</summary>
/// <param name="Name">Sheet name (at most 31 characters for XLSX).</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">Rows of values matching <see cref="Columns"/> by position.</param>
public sealed record SheetContent(string Name, IReadOnlyList<SheetColumn> Columns, IReadOnlyList<object?[]> Rows);
