namespace ProjectMap.Application.Ledger.Spreadsheets;

/// <summary>One data row of a sheet: its 1-based row number in the file (the spreadsheet's row, or the CSV line it starts on) and its cells by column.</summary>
/// <param name="Number">1-based row number as the user sees it in Excel or a text editor.</param>
/// <param name="Cells">Cells by 0-based column; shorter than the header when trailing cells are empty.</param>
public sealed record SheetRow(int Number, IReadOnlyList<SheetCell> Cells)
{
    /// <summary>The cell in a 0-based column, empty when the row is shorter.</summary>
    public SheetCell this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : SheetCell.Empty;

    /// <summary>True when every cell is empty.</summary>
    public bool IsBlank => Cells.All(c => c.IsEmpty);
}
