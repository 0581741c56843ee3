namespace ProjectMap.Application.Ledger.Spreadsheets;

/// <summary>A column to write: its header and the kind of its values.</summary>
/// <param name="Header">Header text.</param>
/// <param name="Kind">Value kind, deciding the XLSX cell type and format.</param>
/// <param name="Width">Column width in characters for XLSX.</param>
public sealed record SheetColumn(string Header, ColumnKind Kind, double Width = 14);
