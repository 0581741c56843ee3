using System.Globalization;
using System.Text;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Ledger.Spreadsheets;

/// <summary>
/// Writes one table as CSV: UTF-8 with BOM (so Excel opens Chinese correctly), CRLF line ends, RFC 4180 quoting;
/// amounts invariant with '.' decimals, dates yyyy-MM-dd, instants yyyy-MM-dd HH:mm:ss(.fffffff) in Asia/Shanghai time.
/// </summary>
public static class CsvWriter
{
    /// <summary>Writes <paramref name="sheet"/> to <paramref name="path"/>, replacing the file.</summary>
    public static void Write(string path, SheetContent sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var sb = new StringBuilder();
        sb.Append(string.Join(',', sheet.Columns.Select(c => Quote(c.Header)))).Append("\r\n");
        foreach (var row in sheet.Rows)
        {
            sb.Append(string.Join(',', row.Select(Format).Select(Quote))).Append("\r\n");
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    /// <summary>The CSV text of a value.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString("0.####", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => TimeZoneInfo.ConvertTime(instant, DistrictTime.Zone).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.'),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 || text != text.Trim() ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
