using ProjectMap.Application.Storage;
using ProjectMap.Domain.Time;
using ProjectMap.Reports.Export;
using ProjectMap.Reports.Model;
using ProjectMap.Web.Reports;

namespace ProjectMap.Cli.Commands;

/// <summary>
/// The viewer's monthly report download, written exactly as <c>projectmap report monthly</c> writes it (A4, figures as of
/// the month's end), with photos read from <paramref name="PhotoFilesRoot"/> when the server has the photo folder.
/// </summary>
/// <param name="PhotoFilesRoot">The photo originals' folder, or null (project pages then say the photo is not available).</param>
/// <param name="District">The district's name heading the report, or empty.</param>
/// <param name="Organisation">The compiling office printed on the cover, or empty for the district.</param>
public sealed record ServeMonthlyReports(string? PhotoFilesRoot, string District, string Organisation) : IMonthlyReportFiles
{
    /// <inheritdoc />
    public async Task<string> WriteAsync(IProjectMapStore store, YearMonth month, MonthlyReportFormat format, bool english, string directory, CancellationToken cancellationToken)
    {
        var options = new MonthlyReportOptions
        {
            Month = month,
            English = english,
            District = District,
            Organisation = Organisation,
            PhotoFilesRoot = PhotoFilesRoot,
        };
        var formats = format == MonthlyReportFormat.Pdf ? ReportFormats.Pdf : ReportFormats.Xlsx;
        var written = await ReportCommands.ExportAsync(store, options, directory, formats, ReportPaper.A4, cancellationToken).ConfigureAwait(false);
        return written.Single(f => f.Format == formats).Path;
    }
}
