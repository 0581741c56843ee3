using ProjectMap.Application.Storage;
using ProjectMap.Cli.Infrastructure;

namespace ProjectMap.Cli.Demo;

/// <summary>What demo steps share: the output folder, the sample district folder, the open store and the log.</summary>
/// <param name="OutputDirectory">The folder the demo writes into (absolute).</param>
/// <param name="SampleDirectory">The repository's sample-imagery folder (absolute).</param>
/// <param name="Store">The demo's store: a GeoPackage freshly created in the output folder, or the empty store --db named.</param>
/// <param name="Cli">The CLI context, for writing progress.</param>
/// <param name="FilesRoot">The folder of the store's photo originals (absolute).</param>
public sealed record DemoContext(string OutputDirectory, string SampleDirectory, IProjectMapStore Store, CliContext Cli, string FilesRoot)
{
    /// <summary>The sample district's data folder (parcels and ledger), <c>sample-imagery/district</c>.</summary>
    public string DistrictDirectory => Path.Combine(SampleDirectory, "district");

    /// <summary>Writes one progress line to stdout.</summary>
    public Task LogAsync(string line) => Cli.Out.WriteLineAsync(line);
}
