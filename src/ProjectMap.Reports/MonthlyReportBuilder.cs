using ProjectMap.Application.Ledger;
using ProjectMap.Application.Photos.Exports;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;
using ProjectMap.Reports.Model;

namespace ProjectMap.Reports;

/// <summary>
/// Builds a <see cref="MonthlyReport"/> from a store: statuses and figures from the ledger's status report as of the
/// month's end (so a past month exported again gives the same numbers, whatever was corrected since), milestones as
/// they stood then, investment curves, and each project's latest photos captured up to the month.
/// </summary>
public static class MonthlyReportBuilder
{
    /// <summary>Reads the store and builds the report described by <paramref name="options"/>.</summary>
    public static async Task<MonthlyReport> BuildAsync(IProjectMapStore store, MonthlyReportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var month = options.Month;
        var asOf = DistrictTime.EndOf(month);
        var statuses = await StatusReportService.BuildAsync(store, month, options.Rules, asOf, cancellationToken).ConfigureAwait(false);
        var projects = (await store.Projects.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Code);
        var ledgers = (await store.Ledger.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(l => l.Code);
        var reports = new List<ProjectReport>();
        foreach (var status in statuses)
        {
            var project = projects[status.Code];
            var ledger = ledgers.TryGetValue(status.Code, out var l) ? l : ProjectLedger.Empty(status.Code);
            var milestones = ledger.MilestonesAsOf(asOf).Select(m => MilestoneRow.Of(m, status.EvaluatedOn, options.Rules)).ToList();
            var (latest, earlier, previousMonth) = await PhotosOfAsync(store, project, month, options.PhotoFilesRoot, cancellationToken).ConfigureAwait(false);
            reports.Add(new ProjectReport
            {
                Sequence = reports.Count + 1,
                Project = project,
                Status = status,
                Milestones = milestones,
                Curve = InvestmentCurve.Build(project, ledger, month, asOf),
                PlannedCompletion = project.PlannedCompletion ?? milestones.FirstOrDefault(m => m.Step.Key == "acceptance")?.Planned,
                LatestPhoto = latest,
                EarlierPhoto = earlier,
                EarlierIsPreviousMonth = previousMonth,
            });
        }

        var monthPhotos = new List<ReportPhoto>();
        foreach (var photo in await store.Photos.ListAsync(new PhotoQuery(Month: month), cancellationToken).ConfigureAwait(false))
        {
            monthPhotos.Add(await ToReportPhotoAsync(store, photo, null, options.PhotoFilesRoot, cancellationToken).ConfigureAwait(false));
        }

        return new MonthlyReport
        {
            Month = month,
            AsOf = asOf,
            District = options.District.Trim(),
            Organisation = options.Organisation.Trim(),
            English = options.English,
            Rules = options.Rules,
            Projects = reports,
            Groups = [.. new[] { StatusLevel.Normal, StatusLevel.Warning, StatusLevel.Delayed }.Select(level => StatusGroup.Of(level, statuses))],
            Total = StatusGroup.Of(null, statuses),
            MonthPhotos = monthPhotos,
        };
    }

    private static async Task<(ReportPhoto? Latest, ReportPhoto? Earlier, bool PreviousMonth)> PhotosOfAsync(
        IProjectMapStore store, Project project, YearMonth month, string? filesRoot, CancellationToken cancellationToken)
    {
        var photos = (await store.Photos.ListAsync(new PhotoQuery(project.Code.Value), cancellationToken).ConfigureAwait(false))
            .Where(p => p.Month is { } m && m <= month)
            .ToList();
        if (photos.Count == 0)
        {
            return (null, null, false);
        }

        var latestMonth = photos.Max(p => p.Month!.Value);
        var latest = await BestAsync(store, project, photos.Where(p => p.Month == latestMonth), null, filesRoot, cancellationToken).ConfigureAwait(false);
        var earlierPhotos = photos.Where(p => p.Month < latestMonth).ToList();
        if (earlierPhotos.Count == 0)
        {
            return (latest, null, false);
        }

        var earlierMonth = earlierPhotos.Max(p => p.Month!.Value);
        var earlier = await BestAsync(store, project, earlierPhotos.Where(p => p.Month == earlierMonth), latest, filesRoot, cancellationToken).ConfigureAwait(false);
        return (latest, earlier, earlierMonth == latestMonth.AddMonths(-1));
    }

    /// <summary>
    /// The photo that shows the project best: the largest share of the parcel covered (with <paramref name="sameViewAs"/>: the
    /// largest overlap with that photo's footprint first), then the most nearly vertical, then the latest.
    /// </summary>
    private static async Task<ReportPhoto?> BestAsync(
        IProjectMapStore store, Project project, IEnumerable<StoredPhoto> candidates, ReportPhoto? sameViewAs, string? filesRoot, CancellationToken cancellationToken)
    {
        var scored = new List<(ReportPhoto Photo, double Overlap)>();
        foreach (var p in candidates)
        {
            var matches = await store.Photos.MatchesAsync(p.Sha256, cancellationToken).ConfigureAwait(false);
            var coverage = matches.FirstOrDefault(m => m.ProjectCode == project.Code.Value)?.ParcelCoveredShare ?? 0;
            var photo = await ToReportPhotoAsync(store, p, coverage, filesRoot, cancellationToken).ConfigureAwait(false);
            var overlap = sameViewAs is null ? 0 : Overlap(photo, sameViewAs);
            scored.Add((photo, overlap));
        }

        return scored
            .OrderByDescending(s => Math.Round(s.Overlap, 2))
            .ThenByDescending(s => Math.Round(s.Photo.ParcelCoveredShare, 2))
            .ThenBy(s => Math.Abs(s.Photo.PitchDeg + 90))
            .ThenByDescending(s => s.Photo.CapturedAt)
            .Select(s => s.Photo)
            .FirstOrDefault();
    }

    /// <summary>Intersection over union of two footprints (lon/lat areas, fine for a ratio over a few hundred metres).</summary>
    private static double Overlap(ReportPhoto a, ReportPhoto b)
    {
        var union = a.Footprint.Union(b.Footprint).Area;
        return union <= 0 ? 0 : a.Footprint.Intersection(b.Footprint).Area / union;
    }

    private static async Task<ReportPhoto> ToReportPhotoAsync(IProjectMapStore store, StoredPhoto photo, double? coverage, string? filesRoot, CancellationToken cancellationToken)
    {
        var correction = await store.Photos.LatestCorrectionAsync(photo.Sha256, cancellationToken).ConfigureAwait(false);
        var mapping = correction is null ? PhotoMapping.FromPose(photo) : PhotoMapping.FromCorrection(correction, photo.WidthPx, photo.HeightPx);
        var footprint = correction is null ? photo.Footprint : mapping.CornerFootprint() ?? photo.Footprint;
        string? path = null;
        if (filesRoot is not null)
        {
            var candidate = Path.GetFullPath(Path.Combine(filesRoot, photo.StoredPath));
            path = File.Exists(candidate) ? candidate : null;
        }

        return new ReportPhoto
        {
            Sha256 = photo.Sha256,
            FileName = Path.GetFileName(photo.FileName),
            FilePath = path,
            CapturedAt = photo.CapturedAt,
            Month = photo.Month!.Value,
            ProjectCode = photo.ProjectCode,
            Footprint = footprint,
            Mapping = mapping,
            HeightAboveGroundM = photo.HeightAboveGroundM,
            PitchDeg = photo.PitchDeg,
            YawDeg = photo.YawDeg,
            GsdCm = photo.GsdCm,
            AccuracyM = photo.AccuracyM,
            ParcelCoveredShare = coverage ?? 0,
        };
    }
}
