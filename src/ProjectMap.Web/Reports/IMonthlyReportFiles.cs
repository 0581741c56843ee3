using ProjectMap.Application.Storage;
using ProjectMap.Domain.Time;

namespace ProjectMap.Web.Reports;

/// <summary>
/// Writes the monthly progress report (月报) for the viewer's download button; implemented by the composition root
/// (the CLI's <c>serve</c>), which owns the report and map renderers, so the web project draws nothing itself.
/// </summary>
public interface IMonthlyReportFiles
{
    /// <summary>
    /// Writes the report of <paramref name="month"/> (figures as of the month's end, Asia/Shanghai) in
    /// <paramref name="format"/> into <paramref name="directory"/> and returns the written file's path.
    /// </summary>
    Task<string> WriteAsync(IProjectMapStore store, YearMonth month, MonthlyReportFormat format, bool english, string directory, CancellationToken cancellationToken);
}
