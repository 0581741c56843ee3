using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Ledger.Spreadsheets;

/// <summary>
/// Writes tables to an XLSX workbook with real typed cells: amounts and whole numbers as numbers, dates and instants as
/// Excel serial days formatted yyyy-mm-dd (hh:mm:ss), instants in Asia/Shanghai time; text as inline strings. The
/// header row is bold and frozen.
/// </summary>
public static class XlsxWriter
{
    private const uint DateStyle = 1;
    private const uint InstantStyle = 2;
    private const uint AmountStyle = 3;
    private const uint HeaderStyle = 4;
    private const uint IntegerStyle = 5;
    private const uint MonthStyle = 6;

    /// <summary>Writes <paramref name="sheets"/> to <paramref name="path"/>, replacing the file.</summary>
    public static void Write(string path, IReadOnlyList<SheetContent> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        var sheetList = workbook.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        foreach (var data in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var sheetData = new SheetData();
            var header = new Row { RowIndex = 1 };
            header.Append(data.Columns.Select((c, i) => TextCell(i, 1, c.Header, HeaderStyle)));
            sheetData.Append(header);
            uint rowIndex = 2;
            foreach (var values in data.Rows)
            {
                var row = new Row { RowIndex = rowIndex };
                for (var i = 0; i < data.Columns.Count && i < values.Length; i++)
                {
                    if (CellOf(i, rowIndex, data.Columns[i].Kind, values[i]) is { } cell)
                    {
                        row.Append(cell);
                    }
                }

                sheetData.Append(row);
                rowIndex++;
            }

            var columns = new Columns(data.Columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true }));
            var views = new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 });
            part.Worksheet = new Worksheet(views, columns, sheetData);
            sheetList.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = data.Name.Length > 31 ? data.Name[..31] : data.Name });
        }

        workbook.Workbook.Save();
    }

    private static Cell? CellOf(int column, uint row, ColumnKind kind, object? value)
    {
        var reference = SheetTable.ColumnLetters(column) + row.ToString(CultureInfo.InvariantCulture);
        return value switch
        {
            null => null,
            string s when s.Length == 0 => null,
            string s => TextCell(column, row, s, 0),
            decimal d => NumberCell(reference, d.ToString(CultureInfo.InvariantCulture), kind == ColumnKind.Integer ? IntegerStyle : AmountStyle),
            int i => NumberCell(reference, i.ToString(CultureInfo.InvariantCulture), IntegerStyle),
            YearMonth month => NumberCell(reference, month.FirstDay.ToDateTime(TimeOnly.MinValue).ToOADate().ToString("R", CultureInfo.InvariantCulture), MonthStyle),
            DateOnly date => NumberCell(reference, date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString("R", CultureInfo.InvariantCulture), DateStyle),
            DateTimeOffset instant => NumberCell(reference, TimeZoneInfo.ConvertTime(instant, DistrictTime.Zone).DateTime.ToOADate().ToString("R", CultureInfo.InvariantCulture), InstantStyle),
            _ => TextCell(column, row, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, 0),
        };
    }

    private static Cell NumberCell(string reference, string value, uint style) =>
        new() { CellReference = reference, CellValue = new CellValue(value), StyleIndex = style };

    private static Cell TextCell(int column, uint row, string text, uint style) => new()
    {
        CellReference = SheetTable.ColumnLetters(column) + row.ToString(CultureInfo.InvariantCulture),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy-mm-dd hh:mm:ss" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "#,##0.00##" },
            new NumberingFormat { NumberFormatId = 167, FormatCode = "yyyy-mm" })
        { Count = 4 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 167, ApplyNumberFormat = true })
        { Count = 7 });
}
