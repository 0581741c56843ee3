using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ProjectMap.Reports.Tests;

/// <summary>Reads every cell of every sheet of an XLSX with the Open XML SDK (the same reader Excel's format is defined by).</summary>
public sealed class WorkbookReader
{
    private readonly Dictionary<string, Dictionary<string, WorkbookCell>> _sheets = [];
    private readonly Dictionary<string, Worksheet> _worksheets = [];

    private WorkbookReader(IReadOnlyList<string> sheetNames) => SheetNames = sheetNames;

    /// <summary>The sheet names in workbook order.</summary>
    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>Opens a workbook file.</summary>
    public static WorkbookReader Open(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var codes = stylesheet?.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(n => n.NumberFormatId!.Value, n => n.FormatCode!.Value!) ?? [];
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        var reader = new WorkbookReader([.. sheets.Select(s => s.Name!.Value!)]);
        foreach (var sheet in sheets)
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var cells = new Dictionary<string, WorkbookCell>();
            foreach (var cell in part.Worksheet.Descendants<Cell>())
            {
                var type = cell.DataType?.Value;
                string? value = type == CellValues.InlineString ? cell.InlineString?.InnerText
                    : type == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                    : cell.CellValue?.Text;
                var style = (int)(cell.StyleIndex?.Value ?? 0);
                var formatId = style < formats.Count ? formats[style].NumberFormatId?.Value ?? 0 : 0;
                var code = codes.TryGetValue(formatId, out var c) ? c : BuiltIn(formatId);
                var isText = type == CellValues.InlineString || type == CellValues.SharedString || type == CellValues.String;
                cells[cell.CellReference!.Value!] = new WorkbookCell(string.IsNullOrEmpty(value) ? null : value, cell.CellFormula?.Text, isText, code);
            }

            reader._sheets[sheet.Name!.Value!] = cells;
            reader._worksheets[sheet.Name!.Value!] = (Worksheet)part.Worksheet.CloneNode(true);
        }

        return reader;
    }

    /// <summary>The cell at an A1 reference of a sheet, or an empty cell.</summary>
    public WorkbookCell Cell(string sheet, string reference) =>
        _sheets[sheet].TryGetValue(reference, out var cell) ? cell : new WorkbookCell(null, null, false, "General");

    /// <summary>The sheet's XML (for panes, column widths and the like).</summary>
    public Worksheet Worksheet(string sheet) => _worksheets[sheet];

    /// <summary>Every cell of a sheet by reference.</summary>
    public IReadOnlyDictionary<string, WorkbookCell> Cells(string sheet) => _sheets[sheet];

    private static string BuiltIn(uint id) => id switch
    {
        0 => "General",
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        9 => "0%",
        10 => "0.00%",
        14 => "yyyy-mm-dd",
        49 => "@",
        _ => "builtin " + id.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
