using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ProjectMap.Reports.Excel;

/// <summary>
/// Builds one worksheet of the report: typed cells (numbers as numbers, dates as serial days, formulas with their
/// computed values cached so every reader shows them before recalculating), merged ranges, row heights for wrapped
/// text, frozen panes, an auto-filter and an A4-landscape print setup with repeating title rows and page numbers.
/// </summary>
public sealed class SheetBuilder
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;
    private readonly SortedDictionary<uint, Row> _rows = [];
    private readonly List<string> _merges = [];
    private readonly double[] _widths;

    /// <summary>A sheet with the given column widths in characters.</summary>
    public SheetBuilder(string name, params double[] widths)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _widths = widths;
    }

    /// <summary>The sheet's name (at most 31 characters).</summary>
    public string Name { get; }

    /// <summary>Number of columns.</summary>
    public int ColumnCount => _widths.Length;

    /// <summary>The first row below the frozen pane (1-based), or 0 for none.</summary>
    public uint FreezeRow { get; set; }

    /// <summary>The first column right of the frozen pane (1-based), or 1 to freeze rows only.</summary>
    public int FreezeColumn { get; set; } = 1;

    /// <summary>The rows repeated at the top of every printed page (e.g. 1..3), or null.</summary>
    public (uint First, uint Last)? PrintTitleRows { get; set; }

    /// <summary>The range the auto-filter covers (e.g. A3:M9), or null.</summary>
    public string? AutoFilter { get; set; }

    /// <summary>The printed footer's left text (the credit line), or empty.</summary>
    public string FooterLeft { get; set; } = string.Empty;

    /// <summary>The printed footer's right text (the report month), or empty.</summary>
    public string FooterRight { get; set; } = string.Empty;

    /// <summary>The printed page-number text; "&amp;P" and "&amp;N" are the page and page count.</summary>
    public string PageNumberText { get; set; } = "第 &P 页，共 &N 页";

    /// <summary>The column letters of a 0-based column index (0 → A, 26 → AA).</summary>
    public static string Column(int index)
    {
        var letters = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            letters = (char)('A' + ((i - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>A cell reference: 0-based column, 1-based row (e.g. (3, 4) → D4).</summary>
    public static string Ref(int column, uint row) => Column(column) + row.ToString(Ic);

    /// <summary>Sets a row's height in points (for wrapped text).</summary>
    public void Height(uint row, double points)
    {
        var r = RowAt(row);
        r.Height = points;
        r.CustomHeight = true;
    }

    /// <summary>Merges a rectangle of cells (e.g. A1:M1).</summary>
    public void Merge(int firstColumn, uint firstRow, int lastColumn, uint lastRow) =>
        _merges.Add(Ref(firstColumn, firstRow) + ":" + Ref(lastColumn, lastRow));

    /// <summary>Writes a text cell; empty text writes a styled empty cell.</summary>
    public void Text(int column, uint row, string? text, CellStyle style)
    {
        var cell = NewCell(column, row, style);
        if (!string.IsNullOrEmpty(text))
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        }
    }

    /// <summary>Writes a number cell, or a styled empty cell for null.</summary>
    public void Number(int column, uint row, decimal? value, CellStyle style)
    {
        var cell = NewCell(column, row, style);
        if (value is { } v)
        {
            cell.CellValue = new CellValue(v.ToString(Ic));
        }
    }

    /// <summary>Writes a date as an Excel serial day (1900 date system), or a styled empty cell for null.</summary>
    public void Date(int column, uint row, DateOnly? value, CellStyle style)
    {
        var cell = NewCell(column, row, style);
        if (value is { } d)
        {
            cell.CellValue = new CellValue(SerialDay(d).ToString(Ic));
        }
    }

    /// <summary>Writes a formula with its value computed here (cached, so readers that do not recalculate show it); null caches an empty string.</summary>
    public void Formula(int column, uint row, string formula, decimal? cached, CellStyle style)
    {
        var cell = NewCell(column, row, style);
        cell.CellFormula = new CellFormula(formula);
        if (cached is { } v)
        {
            cell.CellValue = new CellValue(v.ToString(Ic));
        }
        else
        {
            cell.DataType = CellValues.String;
            cell.CellValue = new CellValue(string.Empty);
        }
    }

    /// <summary>The Excel serial day of a date (days since 1899-12-30).</summary>
    public static int SerialDay(DateOnly day) => day.DayNumber - new DateOnly(1899, 12, 30).DayNumber;

    /// <summary>
    /// Estimates the lines a text needs in a column of <paramref name="widthChars"/> characters: CJK and full-width
    /// characters count two, others one; explicit line breaks start new lines.
    /// </summary>
    public static int Lines(string? text, double widthChars)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 1;
        }

        var usable = Math.Max(1, widthChars - 1.5);
        var lines = 0;
        foreach (var part in text.Split('\n'))
        {
            var units = part.Sum(c => c > 0x2E7F ? 2.0 : 1.0);
            lines += Math.Max(1, (int)Math.Ceiling(units / usable));
        }

        return lines;
    }

    /// <summary>The width of a column in characters.</summary>
    public double Width(int column) => _widths[column];

    /// <summary>Builds the worksheet.</summary>
    public Worksheet Build()
    {
        var worksheet = new Worksheet();
        worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        var lastRow = _rows.Count == 0 ? 1u : _rows.Keys.Max();
        worksheet.Append(new SheetDimension { Reference = "A1:" + Ref(_widths.Length - 1, lastRow) });
        var view = new SheetView { WorkbookViewId = 0, TabSelected = false, ZoomScale = 100 };
        if (FreezeRow > 1 || FreezeColumn > 1)
        {
            var topLeft = Ref(FreezeColumn - 1, Math.Max(1, FreezeRow));
            var pane = new Pane { TopLeftCell = topLeft, State = PaneStateValues.Frozen };
            if (FreezeRow > 1)
            {
                pane.VerticalSplit = FreezeRow - 1;
            }

            if (FreezeColumn > 1)
            {
                pane.HorizontalSplit = FreezeColumn - 1;
            }

            pane.ActivePane = FreezeRow > 1 && FreezeColumn > 1 ? PaneValues.BottomRight : FreezeRow > 1 ? PaneValues.BottomLeft : PaneValues.TopRight;
            view.Append(pane);
            view.Append(new Selection { Pane = pane.ActivePane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        worksheet.Append(new SheetViews(view));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 15 });
        worksheet.Append(new Columns(_widths.Select((w, i) => new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        var data = new SheetData();
        foreach (var row in _rows.Values)
        {
            var ordered = row.Elements<Cell>().OrderBy(c => ColumnIndex(c.CellReference!.Value!)).ToList();
            row.RemoveAllChildren<Cell>();
            row.Append(ordered);
            data.Append(row);
        }

        worksheet.Append(data);
        if (AutoFilter is not null)
        {
            worksheet.Append(new AutoFilter { Reference = AutoFilter });
        }

        if (_merges.Count > 0)
        {
            worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)_merges.Count });
        }

        worksheet.Append(new PrintOptions { HorizontalCentered = true });
        worksheet.Append(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.55, Bottom = 0.6, Header = 0.25, Footer = 0.3 });
        worksheet.Append(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        worksheet.Append(new HeaderFooter(new OddFooter(Footer())));
        return worksheet;
    }

    private string Footer()
    {
        static string Escape(string s) => s.Replace("&", "&&", StringComparison.Ordinal);
        return "&L&8" + Escape(FooterLeft) + "&C&9" + PageNumberText + "&R&8" + Escape(FooterRight);
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index;
    }

    private Row RowAt(uint row)
    {
        if (!_rows.TryGetValue(row, out var r))
        {
            r = new Row { RowIndex = row };
            _rows[row] = r;
        }

        return r;
    }

    private Cell NewCell(int column, uint row, CellStyle style)
    {
        var r = RowAt(row);
        var reference = Ref(column, row);
        r.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == reference)?.Remove();
        var cell = new Cell { CellReference = reference, StyleIndex = (uint)style };
        r.Append(cell);
        return cell;
    }
}
