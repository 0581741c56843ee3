namespace ProjectMap.Application.Ledger.Spreadsheets;

/// <summary>Reads and writes ledger spreadsheets by file extension: <c>.xlsx</c> (every sheet) or <c>.csv</c> (one table).</summary>
public static class SpreadsheetFiles
{
    /// <summary>True when the path ends in .xlsx (any case).</summary>
    public static bool IsXlsx(string path) => Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the path ends in .csv (any case).</summary>
    public static bool IsCsv(string path) => Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads every table of a file; throws <see cref="InvalidDataException"/> for other extensions or unreadable files and <see cref="FileNotFoundException"/> when missing.</summary>
    public static IReadOnlyList<SheetTable> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no file {path}", path);
        }

        if (IsXlsx(path))
        {
            return XlsxReader.Read(path);
        }

        if (IsCsv(path))
        {
            return [CsvReader.Read(path)];
        }

        throw new InvalidDataException($"{path}: give an .xlsx or .csv file (Excel's old .xls is not read: save it as .xlsx)");
    }
}
