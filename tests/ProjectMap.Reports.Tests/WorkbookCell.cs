namespace ProjectMap.Reports.Tests;

/// <summary>One cell read back from a workbook: its text or number as stored, its formula, its type and number format.</summary>
/// <param name="Value">The stored value (inline/shared string text, or the number's invariant text); null when empty.</param>
/// <param name="Formula">The formula without '=', or null.</param>
/// <param name="IsText">True when the cell is typed as a string.</param>
/// <param name="FormatCode">The number format code of the cell's style ("General" for format 0).</param>
public sealed record WorkbookCell(string? Value, string? Formula, bool IsText, string FormatCode)
{
    /// <summary>The value as a decimal (throws when it is not a number).</summary>
    public decimal Number => decimal.Parse(Value ?? throw new InvalidOperationException("empty cell"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The value as a date, read from an Excel serial day number.</summary>
    public DateOnly Date => DateOnly.FromDateTime(DateTime.FromOADate((double)Number));
}
