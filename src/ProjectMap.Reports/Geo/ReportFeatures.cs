using System.Globalization;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;
using ProjectMap.Reports.Model;
using ProjectMap.Reports.Text;

namespace ProjectMap.Reports.Geo;

/// <summary>The report's two layers as features: the projects with their month's status and figures, and the month's photo footprints.</summary>
public static class ReportFeatures
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    /// <summary>The style id of a status: status-normal, status-warning or status-delayed.</summary>
    public static string StyleOf(StatusLevel level) => "status-" + StatusLevels.Word(level);

    /// <summary>One feature per project (its parcel), with the month's status and figures (amounts in 万元, rates in percent).</summary>
    public static IReadOnlyList<ReportFeature> Projects(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = ReportText.For(report);
        return report.Projects.Select(p =>
        {
            var s = p.Status;
            var props = new List<KeyValuePair<string, object?>>
            {
                new("code", p.Project.Code.Value),
                new("name", p.Project.NameZh),
                new("nameEn", p.Project.NameEn),
                new("park", p.Project.Park),
                new("location", p.Project.Location),
                new("month", report.Month.ToString()),
                new("asOf", Instant(report.AsOf)),
                new("status", StatusLevels.Word(s.Level)),
                new("statusLabel", t.Status(s.Level)),
                new("reasons", t.Reasons(s)),
                new("stage", s.Stage?.Name(report.English)),
                new("scheduleProgressPct", s.ScheduleProgressPct),
                new("totalInvestmentWan", s.TotalInvestmentWan),
                new("annualPlanWan", s.AnnualPlanWan),
                new("monthInvestmentWan", s.MonthInvestmentWan),
                new("cumulativeInvestmentWan", s.CumulativeInvestmentWan),
                new("yearToDateInvestmentWan", s.YearToDateInvestmentWan),
                new("investmentProgressPct", s.InvestmentProgressPct),
                new("plannedCompletion", ReportText.Date(p.PlannedCompletion) is { Length: > 0 } d ? d : null),
                new("latestPhotoDate", ReportText.Date(p.LatestPhotoDate) is { Length: > 0 } l ? l : null),
            };
            return new ReportFeature(t.Name(p), p.Project.Parcel, props, StyleOf(s.Level));
        }).ToList();
    }

    /// <summary>One feature per photo captured in the month: its ground footprint with when, where from and how well it is placed.</summary>
    public static IReadOnlyList<ReportFeature> Photos(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.MonthPhotos.Select(p => new ReportFeature(
            p.FileName,
            p.Footprint,
            [
                new("file", p.FileName),
                new("sha256", p.Sha256),
                new("project", p.ProjectCode),
                new("capturedAt", p.CapturedAt is { } at ? Instant(at) : null),
                new("month", p.Month.ToString()),
                new("heightM", Math.Round(p.HeightAboveGroundM, 2)),
                new("pitchDeg", Math.Round(p.PitchDeg, 2)),
                new("yawDeg", Math.Round(p.YawDeg, 2)),
                new("gsdCm", Math.Round(p.GsdCm, 2)),
                new("accuracyM", Math.Round(p.AccuracyM, 2)),
                new("georeference", p.Mapping.Source),
            ],
            "photo-footprint")).ToList();
    }

    private static string Instant(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, DistrictTime.Zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", Ic);
}
