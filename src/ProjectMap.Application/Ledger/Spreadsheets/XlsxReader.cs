using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ProjectMap.Application.Ledger.Spreadsheets;

/// <summary>
/// Reads every worksheet of an XLSX workbook into <see cref="SheetTable"/>s with DocumentFormat.OpenXml: shared,
/// inline and formula strings as text; numbers and dates (Excel serial days, 1900 date system) as numbers with their
/// raw text. The first non-empty row of a sheet is its header; blank rows are left out; empty sheets are skipped.
/// </summary>
public static class XlsxReader
{
    /// <summary>Reads a workbook; throws <see cref="InvalidDataException"/> when the file is not a readable XLSX workbook.</summary>
    public static IReadOnlyList<SheetTable> Read(string path)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(path, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new InvalidDataException($"{path} is not an XLSX workbook ({e.Message})", e);
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new InvalidDataException($"{path} has no workbook part");
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var tables = new List<SheetTable>();
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                var rows = new List<SheetRow>();
                foreach (var row in part.Worksheet.Descendants<Row>())
                {
                    var cells = new List<SheetCell>();
                    var next = 0;
                    foreach (var cell in row.Elements<Cell>())
                    {
                        var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                        while (cells.Count < column)
                        {
                            cells.Add(SheetCell.Empty);
                        }

                        cells.Add(Value(cell, shared));
                        next = column + 1;
                    }

                    var number = row.RowIndex?.Value is { } r ? (int)r : (rows.Count == 0 ? 1 : rows[^1].Number + 1);
                    rows.Add(new SheetRow(number, cells));
                }

                var content = rows.Where(r => !r.IsBlank).ToList();
                if (content.Count == 0)
                {
                    continue;
                }

                var header = content[0];
                tables.Add(new SheetTable(
                    sheet.Name?.Value ?? "Sheet",
                    false,
                    header.Cells.Select(c => (c.Text ?? string.Empty).Trim()).ToList(),
                    header.Number,
                    content.Skip(1).ToList()));
            }

            return tables;
        }
    }

    private static SheetCell Value(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? SheetCell.Of(shared[i]) : SheetCell.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return SheetCell.Of(cell.InlineString?.InnerText ?? raw);
        }

        if (type == CellValues.String || type == CellValues.Error || type == CellValues.Date)
        {
            return SheetCell.Of(raw);
        }

        if (type == CellValues.Boolean)
        {
            return SheetCell.Of(raw == "1" ? "TRUE" : "FALSE");
        }

        if (string.IsNullOrEmpty(raw))
        {
            return SheetCell.Empty;
        }

        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? new SheetCell(raw, d) : SheetCell.Of(raw);
    }

    private static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            n = (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return Math.Max(0, n - 1);
    }
}
