namespace ProjectMap.Application.Ledger.Spreadsheets;

/// <summary>One table read from a file: a worksheet of an XLSX workbook, or a whole CSV file. The first non-empty row is the header.</summary>
/// <param name="Name">The sheet name (for CSV the file name).</param>
/// <param name="IsCsv">True for CSV files: columns are then named by number rather than letter in messages.</param>
/// <param name="Headers">Header texts by 0-based column.</param>
/// <param name="HeaderRow">1-based row number of the header.</param>
/// <param name="Rows">Data rows below the header, blank rows left out.</param>
public sealed record SheetTable(string Name, bool IsCsv, IReadOnlyList<string> Headers, int HeaderRow, IReadOnlyList<SheetRow> Rows)
{
    /// <summary>How a message names a 0-based column: "C (完成投资)" for XLSX, "3 (完成投资)" for CSV.</summary>
    public string ColumnLabel(int column)
    {
        var header = column >= 0 && column < Headers.Count ? Headers[column] : string.Empty;
        var id = IsCsv ? (column + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : ColumnLetters(column);
        return header.Length == 0 ? id : $"{id} ({header})";
    }

    /// <summary>Excel column letters for a 0-based column: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnLetters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
