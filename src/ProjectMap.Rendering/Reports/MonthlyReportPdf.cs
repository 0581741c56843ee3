using ProjectMap.Rendering.Maps;
using ProjectMap.Reports.Export;
using ProjectMap.Reports.Model;
using ProjectMap.Reports.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>
/// Draws the monthly report as a landscape PDF with SkiaSharp's PDF backend: the cover (title, key figures, the
/// district's completion and investment maps), 一、总体情况 (summary table and projects needing attention),
/// 二、项目进展一览表 (over as many pages as it needs), and 三、项目详情, one page per project. Text is real PDF text in
/// the embedded (subset) CJK font, so it can be searched and copied; the creation date is the report's as-of instant,
/// so the same report gives the same file.
/// </summary>
public sealed class MonthlyReportPdf : IMonthlyReportPdfRenderer
{
    private readonly MapData? _maps;

    /// <summary>
    /// A renderer whose cover maps are drawn from <paramref name="maps"/> (loaded from the store with the month's drone
    /// imagery by <see cref="MapDataLoader"/>), or, when null, from the report's own projects and statuses without imagery.
    /// The caller keeps ownership of <paramref name="maps"/>.
    /// </summary>
    public MonthlyReportPdf(MapData? maps = null) => _maps = maps;

    /// <summary>A4 landscape page width in PDF points (297 mm).</summary>
    public const float A4WidthPt = 841.89f;

    /// <summary>A4 landscape page height in PDF points (210 mm).</summary>
    public const float A4HeightPt = 595.28f;

    /// <summary>A3 landscape page width in PDF points (420 mm).</summary>
    public const float A3WidthPt = 1190.55f;

    /// <summary>A3 landscape page height in PDF points (297 mm).</summary>
    public const float A3HeightPt = 841.89f;

    /// <summary>The pages a report will have: cover, overview, the progress table's pages and one per project.</summary>
    public static int PageCount(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var fonts = ReportFonts.Load();
        return 2 + ProgressTable.Pages(ProgressTable.Build(fonts, report)).Count + report.Projects.Count;
    }

    /// <inheritdoc />
    public int Render(MonthlyReport report, ReportPaper paper, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var fonts = ReportFonts.Load();
        var t = ReportText.For(report);
        var (pageWidth, pageHeight) = paper == ReportPaper.A3 ? (A3WidthPt, A3HeightPt) : (A4WidthPt, A4HeightPt);
        var scale = pageWidth / ReportPage.Width;
        var table = ProgressTable.Build(fonts, report);
        var tablePages = ProgressTable.Pages(table);
        var count = 2 + tablePages.Count + report.Projects.Count;
        var stamp = report.AsOf.UtcDateTime;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = t.Title(report) + " " + t.MonthName(report.Month),
            Subject = t.Pick("重点项目月度进展报告", "Monthly progress report of key projects"),
            Author = report.Organisation.Length > 0 ? report.Organisation : report.District,
            Creator = "ProjectMap",
            Producer = "ProjectMap (SkiaSharp PDF)",
            Creation = stamp,
            Modified = stamp,
            RasterDpi = PhotoPanel.Dpi,
            EncodingQuality = 86,
        };
        using var managed = new SKManagedWStream(output);
        using var document = SKDocument.CreatePdf(managed, metadata);
        var number = 0;
        void Page(Action<ReportPage> draw)
        {
            number++;
            var canvas = document.BeginPage(pageWidth, pageHeight);
            canvas.Scale(scale);
            draw(new ReportPage(canvas, fonts, report, number, count, scale));
            document.EndPage();
        }

        var ownMaps = _maps is null ? FromReport(report) : null;
        var maps = _maps ?? ownMaps!;
        try
        {
            Page(p => CoverPage.Draw(p, maps));
        }
        finally
        {
            ownMaps?.Dispose();
        }

        Page(OverviewPage.Draw);
        for (var i = 0; i < tablePages.Count; i++)
        {
            var rows = tablePages[i];
            var continued = i > 0;
            Page(p => ProgressTable.Draw(p, table, rows, continued));
        }

        foreach (var project in report.Projects)
        {
            Page(p => ProjectPage.Draw(p, project));
        }

        document.Close();
        return number;
    }

    /// <summary>Map data from the report alone: its projects and statuses, the latest photo days, no imagery.</summary>
    public static MapData FromReport(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var latest = report.Projects.ToDictionary(p => p.Project.Code, p => p.LatestPhotoDate);
        return MapData.FromProjects(report.Projects.Select(p => p.Project), report.Projects.Select(p => p.Status), report.AsOf, code => latest.GetValueOrDefault(code), [], null, imageryIsSynthetic: false);
    }
}
