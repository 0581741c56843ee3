namespace ProjectMap.Application.Ledger.Spreadsheets;

/// <summary>
/// One cell as read from a spreadsheet: its text, and for XLSX numeric cells (numbers, and dates stored as Excel
/// serial day numbers) its number. Both are null for an empty cell.
/// </summary>
/// <param name="Text">The cell's text (for numeric cells the raw value as written in the file), or null when empty.</param>
/// <param name="Number">The numeric value of an XLSX number or date cell, or null for text cells and CSV.</param>
public readonly record struct SheetCell(string? Text, double? Number)
{
    /// <summary>True when the cell holds nothing but white space.</summary>
    public bool IsEmpty => Number is null && string.IsNullOrWhiteSpace(Text);

    /// <summary>An empty cell.</summary>
    public static SheetCell Empty => default;

    /// <summary>A text cell.</summary>
    public static SheetCell Of(string? text) => new(text, null);
}
