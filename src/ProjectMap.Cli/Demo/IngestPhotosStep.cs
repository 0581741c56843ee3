using ProjectMap.Application.Photos;
using ProjectMap.Cli.Commands;

namespace ProjectMap.Cli.Demo;

/// <summary>
/// Ingests every JPEG under <c>sample-imagery/photos/</c> (the synthetic monthly drone photos of the sample district)
/// into the demo store, originals in the demo's photo folder, and prints the outcome summary; says so plainly when there are none.
/// </summary>
public sealed class IngestPhotosStep : IDemoStep
{
    /// <inheritdoc />
    public string Name => "photos";

    /// <inheritdoc />
    public async Task RunAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(demo);
        var folder = Path.Combine(demo.SampleDirectory, "photos");
        var jpegs = Directory.Exists(folder)
            ? PhotoFiles.Expand([folder]).Where(f => Path.GetExtension(f).ToUpperInvariant() is ".JPG" or ".JPEG").ToList()
            : [];
        if (jpegs.Count == 0)
        {
            await demo.LogAsync($"no sample photos: no JPEG under {folder}, so no photos were ingested").ConfigureAwait(false);
            return;
        }

        var files = new PhotoFileStore(demo.FilesRoot);
        var service = new PhotoIngestService(demo.Store, files);
        var counts = new Dictionary<IngestOutcome, int>();
        var notable = new List<IngestFileResult>();
        await foreach (var r in service.IngestAsync(jpegs, new IngestOptions(), cancellationToken).ConfigureAwait(false))
        {
            counts[r.Outcome] = counts.GetValueOrDefault(r.Outcome) + 1;
            if (r.Outcome != IngestOutcome.Accepted)
            {
                notable.Add(r);
            }
        }

        await demo.LogAsync($"ingested {jpegs.Count} sample photos from {folder} (originals in {files.Root})").ConfigureAwait(false);
        await PhotoStoreCommands.WriteSummaryAsync(demo.Cli.Out, counts, notable).ConfigureAwait(false);
    }
}
