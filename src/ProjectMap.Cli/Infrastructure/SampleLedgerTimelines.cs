using ProjectMap.Application.Ledger.Import;
using ProjectMap.Domain.Projects;
using ProjectMap.Rendering.Synthetic.Timeline;
using ProjectMap.Storage.GeoPackage;

namespace ProjectMap.Cli.Infrastructure;

/// <summary>
/// The sample district's milestones as the ledger keeps them: the sample ledger files (<c>district/milestones.csv</c>,
/// <c>district/milestone-changes.csv</c>) are imported with the ledger's own import into a scratch GeoPackage store
/// and each project's current milestones (planned, forecast, actual) feed the synthetic scene's timelines.
/// </summary>
public static class SampleLedgerTimelines
{
    /// <summary>The ledger files read, in import order, inside the sample folder's <c>district/</c>.</summary>
    public static IReadOnlyList<string> Files { get; } = ["milestones.csv", "milestone-changes.csv"];

    /// <summary>What the sidecars name as the timeline source.</summary>
    public const string Description = "ledger (sample-imagery/district/milestones.csv + milestone-changes.csv)";

    /// <summary>Imports the sample ledger for <paramref name="projects"/> and returns their timelines.</summary>
    public static async Task<ISiteTimelineSource> LoadAsync(string sampleFolder, IReadOnlyList<Project> projects, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var scratch = Path.Combine(Path.GetTempPath(), $"projectmap-sample-ledger-{Guid.NewGuid():N}.gpkg");
        try
        {
            var records = new List<MilestoneRecord>();
            await using (var store = await GeoPackageStore.OpenAsync(scratch, create: true, cancellationToken).ConfigureAwait(false))
            {
                await store.Projects.AddAsync(projects, cancellationToken).ConfigureAwait(false);

                // A fixed "now": the import stamps it on nothing the scene reads, and keeps the run free of the clock.
                var options = new LedgerImportOptions(false, "sample render", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)));
                foreach (var name in Files)
                {
                    await LedgerImportService.ImportAsync(store, Path.Combine(sampleFolder, "district", name), options, cancellationToken).ConfigureAwait(false);
                }

                foreach (var project in projects)
                {
                    var ledger = await store.Ledger.GetAsync(project.Code, cancellationToken).ConfigureAwait(false);
                    records.AddRange(ledger.CurrentMilestones().Select(m => new MilestoneRecord(m.Code, m.Step.Key, m.Planned, m.Forecast, m.Actual, m.Applicable)));
                }
            }

            return new RecordedTimelineSource(records, Description);
        }
        finally
        {
            foreach (var file in new[] { scratch, scratch + "-wal", scratch + "-shm", scratch + "-journal" })
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // A pooled connection may still hold the scratch file; the temp folder is cleaned by the system.
                }
            }
        }
    }
}
