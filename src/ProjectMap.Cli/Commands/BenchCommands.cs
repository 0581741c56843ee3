using System.CommandLine;
using System.Globalization;
using ProjectMap.Application.Benchmarks;
using ProjectMap.Cli.Infrastructure;

namespace ProjectMap.Cli.Commands;

/// <summary><c>projectmap bench store</c>: the store at district scale, with the issue's goal figures beside ours.</summary>
public static class BenchCommands
{
    /// <summary>Creates the <c>bench</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("bench", "Measure ProjectMap at scale and print the figures beside the goals");
        command.Subcommands.Add(Store(context));
        command.Subcommands.Add(BenchInspectCommand.Create(context));
        command.Subcommands.Add(BenchMapCommand.Create(context));
        command.Subcommands.Add(BenchTilesCommand.Create(context));
        return command;
    }

    private static Command Store(CliContext context)
    {
        var defaults = new StoreBenchmarkOptions();
        var projects = new Option<int>("--projects") { Description = "Synthetic projects to load over the district (Wujin-sized area), each with a synthetic ledger", DefaultValueFactory = _ => defaults.Projects };
        var photos = new Option<int>("--photos") { Description = "Synthetic photo footprints to load over 24 months (0: none)", DefaultValueFactory = _ => defaults.Photos };
        var queries = new Option<int>("--queries") { Description = "Viewer viewports (1280×800 px at zoom 14–17) to time for parcels and for footprints, and lookups by code", DefaultValueFactory = _ => defaults.Queries };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic data and viewports (same seed, same data)", DefaultValueFactory = _ => defaults.Seed };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON" };
        var command = new Command(
            "store",
            "Load synthetic projects, ledgers and photo footprints into the --db store (a new GeoPackage file or an empty PostgreSQL database), then time the viewer's " +
            "parcel and footprint bounding-box queries, lookups by code, reading every project and the monthly status of all projects")
        {
            projects, photos, queries, seed, json,
        };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var options = new StoreBenchmarkOptions(parse.GetValue(projects), parse.GetValue(queries), parse.GetValue(seed), Photos: parse.GetValue(photos));
            if (options.Projects < 1 || options.Queries < 1 || options.Photos < 0)
            {
                throw new CliException("--projects and --queries must be at least 1, --photos at least 0", ExitCodes.Usage);
            }

            var db = parse.GetValue(context.DbOption)!;
            await using var store = await context.OpenStoreAsync(parse, create: true, ct).ConfigureAwait(false);
            var r = await StoreBenchmark.RunAsync(store, options, new LineProgress(context.Error), ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(new
                {
                    store = r.Location,
                    kind = StoreOpener.KindOf(db),
                    r.Projects,
                    r.LoadSeconds,
                    r.LedgerRecords,
                    r.LedgerLoadSeconds,
                    r.Photos,
                    r.PhotoLoadSeconds,
                    bboxQuery = r.Viewports,
                    r.MeanProjectsPerViewport,
                    bboxP95GoalMs = StoreBenchmarkOptions.BboxP95GoalMs,
                    bboxGoalMet = r.BboxGoalMet,
                    monthFootprintQuery = r.MonthFootprints,
                    r.MeanMonthFootprints,
                    footprintGoalMet = r.FootprintGoalMet,
                    allMonthsFootprintQuery = r.AllFootprints,
                    r.MeanAllFootprints,
                    r.AllFootprintsAtLimit,
                    r.FootprintLimit,
                    findByCode = r.FindByCode,
                    r.ListAllMs,
                    r.StatusMonth,
                    statusRunsMs = r.StatusRunsMs,
                    statusCounts = r.StatusCounts,
                    statusGoalMs = StoreBenchmarkOptions.StatusGoalMs,
                    statusGoalMet = r.StatusGoalMet,
                }).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            foreach (var line in Lines(r, StoreOpener.KindOf(db)))
            {
                await context.Out.WriteLineAsync(line).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static IEnumerable<string> Lines(StoreBenchmarkResult r, string kind)
    {
        var ic = CultureInfo.InvariantCulture;
        string Ms(double v) => v.ToString("0.00", ic) + " ms";
        string N(double v) => TextTable.Number(v, 0);
        string Rate(double count, string what, double seconds) => $"{N(count)}{what} in {seconds.ToString("0.00", ic)} s ({N(count / Math.Max(seconds, 1e-9))} per second)";
        string Latency(LatencySummary l) => $"p50 {Ms(l.P50Ms)}, p95 {Ms(l.P95Ms)}, max {Ms(l.MaxMs)} over {l.Count} viewports";
        string Goal(bool met) => met ? "met" : "NOT met";
        var goal = StoreBenchmarkOptions.BboxP95GoalMs.ToString("0", ic);
        yield return $"store                 {kind} {r.Location}";
        yield return $"projects loaded       {Rate(r.Projects, string.Empty, r.LoadSeconds)}";
        yield return $"ledger loaded         {Rate(r.LedgerRecords, " records", r.LedgerLoadSeconds)}";
        yield return r.Photos > 0 ? $"photos loaded         {Rate(r.Photos, string.Empty, r.PhotoLoadSeconds)} (bulk import)" : "photos loaded         none (--photos 0)";
        yield return $"parcel bbox query     {Latency(r.Viewports)}, {r.MeanProjectsPerViewport.ToString("0.0", ic)} projects per viewport on average";
        yield return $"  goal p95 < {goal} ms     {Goal(r.BboxGoalMet)}";
        if (r.MonthFootprints is { } month && r.AllFootprints is { } all)
        {
            yield return $"footprints, one month {Latency(month)}, {r.MeanMonthFootprints.ToString("0.0", ic)} footprints per viewport on average";
            yield return $"  goal p95 < {goal} ms     {Goal(r.FootprintGoalMet == true)}";
            yield return $"footprints, all months {Latency(all)}, {r.MeanAllFootprints.ToString("0.0", ic)} per viewport, {r.AllFootprintsAtLimit} viewports at the limit of {N(r.FootprintLimit)}";
        }

        yield return $"find by code          p50 {Ms(r.FindByCode.P50Ms)}, p95 {Ms(r.FindByCode.P95Ms)} over {r.FindByCode.Count} lookups";
        yield return $"read every project    {Ms(r.ListAllMs)}";
        var counts = string.Join(", ", r.StatusCounts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {N(c.Value)}"));
        yield return $"monthly status        {r.StatusMonth}, all {N(r.Projects)} projects: {string.Join(", ", r.StatusRunsMs.Select(Ms))} ({counts})";
        if (r.StatusGoalMet is { } met)
        {
            yield return $"  goal < {(StoreBenchmarkOptions.StatusGoalMs / 1000).ToString("0", ic)} s, every run   {Goal(met)}";
        }
    }
}
