using System.Globalization;
using ProjectMap.Reports.Excel;
using ProjectMap.Reports.Geo;
using ProjectMap.Reports.Model;

namespace ProjectMap.Reports.Export;

/// <summary>
/// Writes a monthly report in the asked formats into a folder: <c>monthly-report-YYYY-MM.xlsx</c>, <c>.pdf</c> and
/// <c>.kml</c>, <c>projects-YYYY-MM.geojson</c> and <c>photos-YYYY-MM.geojson</c>. Each file is written to a temporary
/// name and then moved into place, so a failed export never leaves a half-written file under the final name.
/// </summary>
public static class MonthlyReportExporter
{
    /// <summary>The file name stem of a month's report (monthly-report-2023-12).</summary>
    public static string Stem(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return "monthly-report-" + report.Month;
    }

    /// <summary>Writes the formats into <paramref name="directory"/> (created if missing); the PDF needs <paramref name="pdf"/>.</summary>
    public static IReadOnlyList<ExportedFile> Export(MonthlyReport report, string directory, ReportFormats formats, ReportPaper paper, IMonthlyReportPdfRenderer? pdf)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (formats.HasFlag(ReportFormats.Pdf) && pdf is null)
        {
            throw new ArgumentNullException(nameof(pdf), "a PDF renderer is needed to write the PDF");
        }

        var dir = Path.GetFullPath(directory);
        Directory.CreateDirectory(dir);
        var stem = Stem(report);
        var written = new List<ExportedFile>();
        var ic = CultureInfo.InvariantCulture;
        if (formats.HasFlag(ReportFormats.Xlsx))
        {
            var names = MonthlyWorkbookWriter.SheetNames(report.English);
            written.Add(Save(dir, stem + ".xlsx", ReportFormats.Xlsx, MonthlyWorkbookWriter.ToBytes(report),
                string.Create(ic, $"sheets {names.Summary}, {names.Progress} ({report.Projects.Count} projects), {names.Milestones} ({report.Projects.Sum(p => p.Milestones.Count)} milestones)")));
        }

        if (formats.HasFlag(ReportFormats.Pdf))
        {
            using var buffer = new MemoryStream();
            var pages = pdf!.Render(report, paper, buffer);
            written.Add(Save(dir, stem + ".pdf", ReportFormats.Pdf, buffer.ToArray(), string.Create(ic, $"{pages} pages, {paper} landscape")));
        }

        if (formats.HasFlag(ReportFormats.GeoJson))
        {
            var projects = ReportFeatures.Projects(report);
            var photos = ReportFeatures.Photos(report);
            written.Add(Save(dir, $"projects-{report.Month}.geojson", ReportFormats.GeoJson, ReportGeoJsonWriter.Write($"projects-{report.Month}", projects), string.Create(ic, $"{projects.Count} projects")));
            written.Add(Save(dir, $"photos-{report.Month}.geojson", ReportFormats.GeoJson, ReportGeoJsonWriter.Write($"photos-{report.Month}", photos), string.Create(ic, $"{photos.Count} photo footprints")));
        }

        if (formats.HasFlag(ReportFormats.Kml))
        {
            var (projectsFolder, photosFolder) = ReportKmlWriter.FolderNames(report);
            written.Add(Save(dir, stem + ".kml", ReportFormats.Kml, ReportKmlWriter.Write(report),
                string.Create(ic, $"folders {projectsFolder} ({report.Projects.Count}), {photosFolder} ({report.MonthPhotos.Count})")));
        }

        return written;
    }

    private static ExportedFile Save(string dir, string name, ReportFormats format, byte[] bytes, string detail)
    {
        var path = Path.Combine(dir, name);
        var temp = Path.Combine(dir, "." + name + ".partial");
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
        return new ExportedFile(format, path, bytes.Length, detail);
    }
}
