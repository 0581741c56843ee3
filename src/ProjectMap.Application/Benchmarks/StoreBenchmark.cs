using System.Diagnostics;
using ProjectMap.Application.Ledger;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Application.Benchmarks;

/// <summary>
/// Measures a store at district scale through its repository interfaces only, so every store is measured the same
/// way. Loads synthetic projects over the district, a synthetic ledger for each (through the ledger's append, in
/// batches) and synthetic photo footprints (through the photo repository's bulk import, in batches); then times the
/// viewer's parcel bounding-box query, its footprint query for one month (the month slider) and for every month,
/// lookups by code, reading every project, and the monthly status of all projects. The store must be empty beforehand.
/// </summary>
public static class StoreBenchmark
{
    private const int Warmup = 20;

    /// <summary>Runs the benchmark; <paramref name="progress"/> receives a line per phase. Throws <see cref="StoreException"/> when the store is not empty.</summary>
    public static async Task<StoreBenchmarkResult> RunAsync(
        IProjectMapStore store, StoreBenchmarkOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Projects, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Queries, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Photos, 0);
        if ((await store.Projects.ListPageAsync(null, 1, cancellationToken).ConfigureAwait(false)).Count > 0 || await store.Photos.CountAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            throw new StoreException($"{store.Location} already holds projects or photos; the benchmark writes synthetic data, so give it a new GeoPackage file or an empty database");
        }

        var district = new SyntheticDistrict(SyntheticDistrict.WujinArea);
        var projects = district.Projects(options.Projects, options.Seed).ToList();
        progress?.Report($"loading {projects.Count} synthetic projects in transactions of {options.BatchSize}");
        var load = Stopwatch.StartNew();
        foreach (var batch in projects.Chunk(options.BatchSize))
        {
            await store.Projects.AddAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        load.Stop();
        var (ledgerRecords, ledgerSeconds) = await LoadLedgersAsync(store, projects, options, progress, cancellationToken).ConfigureAwait(false);
        var (photos, photoSeconds) = await LoadPhotosAsync(store, district, projects, options, progress, cancellationToken).ConfigureAwait(false);

        progress?.Report($"timing {options.Queries} parcel viewport queries");
        var viewports = district.Viewports(options.Queries + Warmup, options.Seed + 1);
        var (viewportTimes, hits, _) = await TimeAsync(viewports, async v => (await store.Projects.FindInEnvelopeAsync(v, cancellationToken).ConfigureAwait(false)).Count).ConfigureAwait(false);

        LatencySummary? monthFootprints = null, allFootprints = null;
        double meanMonth = 0, meanAll = 0;
        var atLimit = 0;
        if (photos > 0)
        {
            progress?.Report($"timing {options.Queries} footprint viewport queries for one month, and {options.Queries} for every month (at most {options.FootprintLimit} footprints each)");
            var months = new Random(options.Seed + 4);
            var monthOf = viewports.Select(_ => options.FirstMonth.AddMonths(months.Next(options.Months))).ToList();
            var index = 0;
            var (monthTimes, monthHits, _) = await TimeAsync(viewports, async v =>
                (await store.Photos.FindFootprintsAsync(v, monthOf[index++], options.FootprintLimit, cancellationToken).ConfigureAwait(false)).Count).ConfigureAwait(false);
            var (allTimes, allHits, full) = await TimeAsync(viewports, async v =>
                (await store.Photos.FindFootprintsAsync(v, null, options.FootprintLimit, cancellationToken).ConfigureAwait(false)).Count, options.FootprintLimit).ConfigureAwait(false);
            (monthFootprints, meanMonth) = (LatencySummary.Of(monthTimes), (double)monthHits / options.Queries);
            (allFootprints, meanAll, atLimit) = (LatencySummary.Of(allTimes), (double)allHits / options.Queries, full);
        }

        progress?.Report($"timing {options.Queries} lookups by code");
        var random = new Random(options.Seed + 2);
        var findTimes = new List<double>(options.Queries);
        for (var i = 0; i < options.Queries; i++)
        {
            var code = projects[random.Next(projects.Count)].Code;
            var watch = Stopwatch.StartNew();
            _ = await store.Projects.FindAsync(code, cancellationToken).ConfigureAwait(false)
                ?? throw new StoreException($"benchmark project {code} vanished from {store.Location}");
            watch.Stop();
            findTimes.Add(watch.Elapsed.TotalMilliseconds);
        }

        progress?.Report("reading every project");
        var list = Stopwatch.StartNew();
        var all = await store.Projects.ListAsync(cancellationToken).ConfigureAwait(false);
        list.Stop();
        if (all.Count != projects.Count)
        {
            throw new StoreException($"{store.Location} lists {all.Count} projects after the benchmark stored {projects.Count}");
        }

        progress?.Report($"timing the monthly status of all {projects.Count} projects for {options.StatusMonth}, {options.StatusRuns} times");
        var statusTimes = new List<double>();
        IReadOnlyList<ProjectStatus> statuses = [];
        for (var run = 0; run < options.StatusRuns; run++)
        {
            var watch = Stopwatch.StartNew();
            statuses = await StatusReportService.BuildAsync(store, options.StatusMonth, StatusRules.Default, cancellationToken: cancellationToken).ConfigureAwait(false);
            watch.Stop();
            statusTimes.Add(watch.Elapsed.TotalMilliseconds);
        }

        return new StoreBenchmarkResult(
            store.Location,
            projects.Count,
            load.Elapsed.TotalSeconds,
            LatencySummary.Of(viewportTimes),
            (double)hits / options.Queries,
            LatencySummary.Of(findTimes),
            list.Elapsed.TotalMilliseconds)
        {
            LedgerRecords = ledgerRecords,
            LedgerLoadSeconds = ledgerSeconds,
            Photos = photos,
            PhotoLoadSeconds = photoSeconds,
            MonthFootprints = monthFootprints,
            MeanMonthFootprints = meanMonth,
            AllFootprints = allFootprints,
            MeanAllFootprints = meanAll,
            AllFootprintsAtLimit = atLimit,
            FootprintLimit = options.FootprintLimit,
            StatusMonth = options.StatusMonth.ToString(),
            StatusRunsMs = statusTimes,
            StatusCounts = statuses.GroupBy(s => StatusLevels.Word(s.Level)).ToDictionary(g => g.Key, g => g.Count()),
        };
    }

    private static async Task<(long Records, double Seconds)> LoadLedgersAsync(
        IProjectMapStore store, IReadOnlyList<Project> projects, StoreBenchmarkOptions options, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        progress?.Report($"loading a synthetic ledger for each project, {options.LedgerBatchProjects} projects per transaction");
        var template = await store.Ledger.GetTemplateAsync(cancellationToken).ConfigureAwait(false);
        var random = new Random(options.Seed + 3);
        long records = 0;
        var watch = Stopwatch.StartNew();
        foreach (var chunk in projects.Chunk(options.LedgerBatchProjects))
        {
            var parts = chunk.Select(p => SyntheticLedger.For(p, template, options.StatusMonth, random)).ToList();
            var batch = new LedgerBatch(
                [.. parts.SelectMany(b => b.NewMilestones)], [.. parts.SelectMany(b => b.MilestoneChanges)], [.. parts.SelectMany(b => b.Investment)], [.. parts.SelectMany(b => b.AnnualPlans)]);
            await store.Ledger.AppendAsync(batch, cancellationToken).ConfigureAwait(false);
            records += batch.NewMilestones.Count + batch.MilestoneChanges.Count + batch.Investment.Count + batch.AnnualPlans.Count;
        }

        return (records, watch.Elapsed.TotalSeconds);
    }

    private static async Task<(long Photos, double Seconds)> LoadPhotosAsync(
        IProjectMapStore store, SyntheticDistrict district, IReadOnlyList<Project> projects, StoreBenchmarkOptions options, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        if (options.Photos == 0)
        {
            return (0, 0);
        }

        progress?.Report($"loading {options.Photos} synthetic photo footprints over {options.Months} months from {options.FirstMonth}, {options.PhotoBatchSize} per transaction (bulk import)");
        long stored = 0;
        var watch = Stopwatch.StartNew();
        var step = Math.Max(options.Photos / 10, options.PhotoBatchSize);
        foreach (var batch in district.Photos(projects, options.Photos, options.Seed + 5, options.FirstMonth, options.Months).Chunk(options.PhotoBatchSize))
        {
            stored += await store.Photos.ImportAsync(batch, cancellationToken).ConfigureAwait(false);
            if (stored % step < batch.Length)
            {
                progress?.Report(FormattableString.Invariant($"  {stored} photos stored after {watch.Elapsed.TotalSeconds:0.0} s"));
            }
        }

        return (stored, watch.Elapsed.TotalSeconds);
    }

    /// <summary>Runs a query per viewport, the first <see cref="Warmup"/> untimed; returns timings, the total found and how many reached <paramref name="limit"/>.</summary>
    private static async Task<(List<double> Times, long Found, int AtLimit)> TimeAsync<T>(IReadOnlyList<T> inputs, Func<T, Task<int>> query, int limit = int.MaxValue)
    {
        var times = new List<double>(inputs.Count);
        long found = 0;
        var atLimit = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            var watch = Stopwatch.StartNew();
            var count = await query(inputs[i]).ConfigureAwait(false);
            watch.Stop();
            if (i >= Warmup)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
                found += count;
                atLimit += count >= limit ? 1 : 0;
            }
        }

        return (times, found, atLimit);
    }
}
