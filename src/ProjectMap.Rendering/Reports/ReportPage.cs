using ProjectMap.Reports.Model;
using ProjectMap.Reports.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>
/// One page being drawn, in A4-landscape points (842 × 595; A3 pages are the same layout scaled by √2), with the
/// running header (report title and month, red rule) and footer (credit line, page N of M, report date) every page
/// but the cover carries.
/// </summary>
public sealed class ReportPage
{
    /// <summary>Page width in layout points (A4 landscape).</summary>
    public const float Width = 842;

    /// <summary>Page height in layout points.</summary>
    public const float Height = 595;

    /// <summary>Left and right margin.</summary>
    public const float Margin = 36;

    /// <summary>Top of the content area (below the running header).</summary>
    public const float ContentTop = 50;

    /// <summary>Bottom of the content area (above the footer).</summary>
    public const float ContentBottom = 560;

    /// <summary>A page.</summary>
    public ReportPage(SKCanvas canvas, ReportFonts fonts, MonthlyReport report, int number, int count, float paperScale)
    {
        Canvas = canvas;
        Fonts = fonts;
        Report = report;
        Text = ReportText.For(report);
        Number = number;
        Count = count;
        PaperScale = paperScale;
    }

    /// <summary>The canvas (already scaled to layout points).</summary>
    public SKCanvas Canvas { get; }

    /// <summary>The fonts.</summary>
    public ReportFonts Fonts { get; }

    /// <summary>The report.</summary>
    public MonthlyReport Report { get; }

    /// <summary>The report's words.</summary>
    public ReportText Text { get; }

    /// <summary>1-based page number.</summary>
    public int Number { get; }

    /// <summary>Number of pages.</summary>
    public int Count { get; }

    /// <summary>The paper's scale over A4 (1, or √2 for A3).</summary>
    public float PaperScale { get; }

    /// <summary>Width of the content area.</summary>
    public static float ContentWidth => Width - (2 * Margin);

    /// <summary>Draws the running header.</summary>
    public void Header()
    {
        using var font = Fonts.Font(8.5f);
        TextDraw.Line(Canvas, Text.Title(Report), Margin, 32, font, ReportPalette.Muted);
        TextDraw.Line(Canvas, Text.MonthName(Report.Month), Width - Margin, 32, font, ReportPalette.Muted, SKTextAlign.Right);
        using var rule = new SKPaint { Color = ReportPalette.Accent, StrokeWidth = 0.8f, IsStroke = true };
        Canvas.DrawLine(Margin, 38, Width - Margin, 38, rule);
    }

    /// <summary>Draws the footer: credit line, page number and report date.</summary>
    public void Footer()
    {
        using var rule = new SKPaint { Color = ReportPalette.Rule, StrokeWidth = 0.5f, IsStroke = true };
        Canvas.DrawLine(Margin, 566, Width - Margin, 566, rule);
        using var small = Fonts.Font(6.8f);
        using var number = Fonts.Font(8);
        TextDraw.Fitted(Canvas, Text.Credit(Report), Margin, 578, 330, small, ReportPalette.Muted);
        TextDraw.Line(Canvas, Text.Pick($"第 {Number} 页 / 共 {Count} 页", $"Page {Number} of {Count}"), Width / 2, 578, number, ReportPalette.Ink, SKTextAlign.Center);
        TextDraw.Line(Canvas, Text.Pick("报告日期：", "Report date: ") + Text.DayName(Report.ReportDay), Width - Margin, 578, small, ReportPalette.Muted, SKTextAlign.Right);
    }

    /// <summary>Draws a section heading with a short red bar before it; returns the y below it.</summary>
    public float Section(string title, float y)
    {
        using var paint = new SKPaint { Color = ReportPalette.Accent, IsAntialias = true };
        Canvas.DrawRect(Margin, y + 1, 3.5f, 14, paint);
        using var font = Fonts.Font(13, bold: true);
        TextDraw.Line(Canvas, title, Margin + 9, y + 13, font, ReportPalette.Ink);
        return y + 24;
    }
}
