using System.Text;

namespace ProjectMap.Application.Ledger.Spreadsheets;

/// <summary>
/// Reads a CSV file (RFC 4180: comma or tab separated, double-quoted fields with "" escapes and embedded line breaks)
/// into one <see cref="SheetTable"/>. Encoding: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise GB18030 —
/// what Chinese Excel writes for "CSV (逗号分隔)".
/// </summary>
public static class CsvReader
{
    /// <summary>Reads a CSV file; the first non-empty record is the header.</summary>
    public static SheetTable Read(string path)
    {
        var text = Decode(File.ReadAllBytes(path));
        var firstLine = text.Split('\n', 2)[0];
        var separator = firstLine.Count(c => c == '\t') > firstLine.Count(c => c == ',') ? '\t' : ',';
        var records = Parse(text, separator).Where(r => !r.IsBlank).ToList();
        if (records.Count == 0)
        {
            return new SheetTable(Path.GetFileName(path), true, [], 1, []);
        }

        return new SheetTable(
            Path.GetFileName(path), true, records[0].Cells.Select(c => (c.Text ?? string.Empty).Trim()).ToList(), records[0].Number, records.Skip(1).ToList());
    }

    /// <summary>Decodes CSV bytes: BOM first, then strict UTF-8, then GB18030.</summary>
    public static string Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static IEnumerable<SheetRow> Parse(string text, char separator)
    {
        var cells = new List<SheetCell>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (c == separator)
            {
                cells.Add(Cell(field, wasQuoted));
                wasQuoted = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(Cell(field, wasQuoted));
                wasQuoted = false;
                yield return new SheetRow(recordLine, cells);
                cells = [];
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || cells.Count > 0 || wasQuoted)
        {
            cells.Add(Cell(field, wasQuoted));
            yield return new SheetRow(recordLine, cells);
        }
    }

    private static SheetCell Cell(StringBuilder field, bool quoted)
    {
        var text = quoted ? field.ToString() : field.ToString().Trim();
        field.Clear();
        return SheetCell.Of(text.Length == 0 ? null : text);
    }
}
