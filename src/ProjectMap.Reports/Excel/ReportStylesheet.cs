using DocumentFormat.OpenXml.Spreadsheet;

namespace ProjectMap.Reports.Excel;

/// <summary>
/// The stylesheet of the report workbook: 宋体 (SimSun, the usual face of Chinese government returns; substituted by
/// any CJK font where missing), thin grey borders, real number formats (amounts #,##0.00, rates 0.0%, dates
/// yyyy-mm-dd) and the red/amber/green fills; <see cref="CellStyle"/> names the formats.
/// </summary>
public static class ReportStylesheet
{
    /// <summary>The font face of every cell.</summary>
    public const string FontName = "宋体";

    private const uint MoneyFormat = 164;
    private const uint PercentFormat = 165;
    private const uint DateFormat = 166;

    /// <summary>Builds the stylesheet.</summary>
    public static Stylesheet Create()
    {
        var fonts = new Fonts(
            Font(10, false, null),
            Font(10, true, null),
            Font(16, true, null),
            Font(9, false, "FF595959"),
            Font(10, false, "FF006100"),
            Font(10, false, "FF9C5700"),
            Font(10, false, "FF9C0006"),
            Font(11, true, null))
        { Count = 8 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFDDE4EE"),
            Solid("FFC6EFCE"),
            Solid("FFFFEB9C"),
            Solid("FFFFC7CE"),
            Solid("FFF2F2F2"))
        { Count = 7 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder()))
        { Count = 2 };
        var formats = new CellFormats(
            Xf(0, 0, 0, 0, null, null, false),                                                        // Default
            Xf(2, 0, 0, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, false),  // Title
            Xf(0, 0, 0, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, false),    // MetaLeft
            Xf(0, 0, 0, 0, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Center, false),   // MetaRight
            Xf(1, 2, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, true),   // Header
            Xf(0, 0, 1, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, true),     // Text
            Xf(0, 0, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, true),   // TextCentre
            Xf(0, 0, 1, 1, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, false),  // Integer
            Xf(0, 0, 1, MoneyFormat, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Center, false),
            Xf(0, 0, 1, PercentFormat, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Center, false),
            Xf(0, 0, 1, DateFormat, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, false),
            Xf(4, 3, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, true),   // Green
            Xf(5, 4, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, true),   // Amber
            Xf(6, 5, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, true),   // Red
            Xf(1, 6, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, false),  // TotalLabel
            Xf(1, 6, 1, MoneyFormat, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Center, false),
            Xf(1, 6, 1, PercentFormat, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Center, false),
            Xf(1, 6, 1, 1, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, false),
            Xf(3, 0, 0, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Top, true),        // Note
            Xf(1, 6, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, false),  // TotalBlank
            Xf(3, 0, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, false),  // Unrated
            Xf(0, 0, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, false),  // NumberCentre
            Xf(7, 0, 0, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, false))    // Section
        { Count = 23 };
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = MoneyFormat, FormatCode = "#,##0.00" },
                new NumberingFormat { NumberFormatId = PercentFormat, FormatCode = "0.0%" },
                new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "yyyy-mm-dd" })
            { Count = 3 },
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            formats,
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(double size, bool bold, string? argb)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        font.Append(new Color { Rgb = argb ?? "FF000000" });
        font.Append(new FontName { Val = FontName });
        font.Append(new FontFamilyNumbering { Val = 3 });
        font.Append(new FontCharSet { Val = 134 });
        return font;
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static T Side<T>()
        where T : BorderPropertiesType, new() => new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FF808080" } };

    private static CellFormat Xf(uint font, uint fill, uint border, uint numberFormat, HorizontalAlignmentValues? horizontal, VerticalAlignmentValues? vertical, bool wrap)
    {
        var xf = new CellFormat
        {
            FontId = font,
            FillId = fill,
            BorderId = border,
            NumberFormatId = numberFormat,
            FormatId = 0,
            ApplyFont = font != 0,
            ApplyFill = fill != 0,
            ApplyBorder = border != 0,
            ApplyNumberFormat = numberFormat != 0,
        };
        if (horizontal is not null || vertical is not null || wrap)
        {
            xf.ApplyAlignment = true;
            xf.Append(new Alignment { Horizontal = horizontal, Vertical = vertical, WrapText = wrap ? true : null });
        }

        return xf;
    }
}
