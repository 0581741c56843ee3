using ProjectMap.Application.Storage;
using ProjectMap.Web.Api;
using ProjectMap.Web.Ledger;

namespace ProjectMap.Web.Reports;

/// <summary>
/// <c>GET /api/reports/monthly?month=yyyy-MM&amp;format=xlsx|pdf&amp;lang=zh|en</c>: the monthly report as a download,
/// made on request from the ledger as of the month's end (so the same month always gives the same figures); readable by
/// anyone who may read the map. 404 when the server was started without a report writer.
/// </summary>
public static class ReportEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder app, ViewerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        app.MapGet("/api/reports/monthly", async (string? month, string? format, string? lang, IProjectMapStore store, TimeProvider time, CancellationToken ct) =>
        {
            if (options.MonthlyReports is not { } reports)
            {
                return ApiErrors.Error(StatusCodes.Status404NotFound, "this server does not offer the monthly report", "no-reports");
            }

            var (m, error) = await LedgerEndpoints.MonthAsync(month, store, time, ct).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }

            MonthlyReportFormat kind;
            switch ((format ?? "pdf").Trim().ToLowerInvariant())
            {
                case "pdf": kind = MonthlyReportFormat.Pdf; break;
                case "xlsx": kind = MonthlyReportFormat.Xlsx; break;
                default: return ApiErrors.Error(StatusCodes.Status400BadRequest, $"format '{format}' is not offered; use pdf or xlsx", "bad-format");
            }

            if (lang is not (null or "zh" or "en"))
            {
                return ApiErrors.Error(StatusCodes.Status400BadRequest, $"lang '{lang}' is not offered; use zh or en", "bad-lang");
            }

            var english = lang == "en";
            var directory = Path.Combine(Path.GetTempPath(), "projectmap-report-" + Guid.NewGuid().ToString("N"));
            try
            {
                var path = await reports.WriteAsync(store, m, kind, english, directory, ct).ConfigureAwait(false);
                var bytes = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
                var (contentType, extension) = kind == MonthlyReportFormat.Pdf
                    ? ("application/pdf", "pdf")
                    : ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
                var name = english ? $"monthly-report-{m}.{extension}" : $"重点项目月报-{m}.{extension}";
                return Results.File(bytes, contentType, name);
            }
            finally
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
        });
    }
}
