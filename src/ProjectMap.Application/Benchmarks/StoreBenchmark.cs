using System.Diagnostics;
using ProjectMap.Application.Storage;

namespace ProjectMap.Application.Benchmarks;

/// <summary>
/// Measures a store at scale through its repository interfaces only, so every store is measured the same way:
/// loads synthetic projects over the district, then times the viewer's bounding-box query over random viewports,
/// lookups by code, and reading every project. The store must hold no projects beforehand.
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
        var existing = (await store.Projects.ListAsync(cancellationToken).ConfigureAwait(false)).Count;
        if (existing > 0)
        {
            throw new StoreException($"{store.Location} already holds {existing} projects; the benchmark writes synthetic projects, so give it a new GeoPackage file or an empty database");
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

        progress?.Report($"timing {options.Queries} viewport queries");
        var viewports = district.Viewports(options.Queries + Warmup, options.Seed + 1);
        var viewportTimes = new List<double>(options.Queries);
        long hits = 0;
        for (var i = 0; i < viewports.Count; i++)
        {
            var watch = Stopwatch.StartNew();
            var found = await store.Projects.FindInEnvelopeAsync(viewports[i], cancellationToken).ConfigureAwait(false);
            watch.Stop();
            if (i >= Warmup)
            {
                viewportTimes.Add(watch.Elapsed.TotalMilliseconds);
                hits += found.Count;
            }
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

        return new StoreBenchmarkResult(
            store.Location,
            projects.Count,
            load.Elapsed.TotalSeconds,
            LatencySummary.Of(viewportTimes),
            (double)hits / options.Queries,
            LatencySummary.Of(findTimes),
            list.Elapsed.TotalMilliseconds);
    }
}
