using ProjectMap.Reports.Model;

namespace ProjectMap.Reports.Export;

/// <summary>
/// Draws a monthly report as a PDF. Implemented in ProjectMap.Rendering (the only project that draws with SkiaSharp)
/// and handed to <see cref="MonthlyReportExporter"/> by the composition root, so the report model does not depend on
/// drawing code.
/// </summary>
public interface IMonthlyReportPdfRenderer
{
    /// <summary>Writes the PDF to <paramref name="output"/> and returns its number of pages.</summary>
    int Render(MonthlyReport report, ReportPaper paper, Stream output);
}
