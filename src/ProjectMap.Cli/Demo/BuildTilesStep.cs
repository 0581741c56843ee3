using System.Globalization;
using ProjectMap.Application.Photos;
using ProjectMap.Cli.Commands;
using ProjectMap.Tiles.Building;
using ProjectMap.Tiles.Grids;

namespace ProjectMap.Cli.Demo;

/// <summary>
/// Builds the monthly mosaic pyramids of the sample projects from the ingested photos into <c>DEMO/tiles</c>, zooms
/// 15–19: the sample photos have a ground sample distance of about 19 cm, and zoom 19 (25 cm per pixel at Changzhou's
/// latitude) is the last level that adds detail; 15 shows a whole park.
/// </summary>
public sealed class BuildTilesStep : IDemoStep
{
    /// <summary>The demo's zoom levels.</summary>
    public static readonly ZoomRange Zooms = new(15, 19);

    /// <inheritdoc />
    public string Name => "tiles";

    /// <inheritdoc />
    public async Task RunAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(demo);
        var root = Path.Combine(demo.OutputDirectory, "tiles");
        var files = new PhotoFileStore(PhotoFileStore.DefaultRootFor(demo.Store.Location));
        var outcome = await new TileBuildService(demo.Store, files).BuildAsync(new TileBuildRequest { Root = root, Zooms = Zooms }, cancellationToken).ConfigureAwait(false);
        var tiles = outcome.Pyramids.Sum(p => p.TilesWritten);
        await demo.LogAsync(string.Create(CultureInfo.InvariantCulture, $"built {outcome.Pyramids.Count} monthly tile pyramids ({tiles} tiles, zooms {Zooms}) in {root}")).ConfigureAwait(false);
        await TileCommands.WriteReportAsync(demo.Cli, outcome, json: false).ConfigureAwait(false);
    }
}
