using ProjectMap.Application.Photos;
using ProjectMap.Testing;
using ProjectMap.Tiles.Building;
using ProjectMap.Tiles.Grids;

namespace ProjectMap.Web.Tests.Infrastructure;

/// <summary>
/// A class fixture: the viewer with a tiles root holding real pyramids (zooms 15–18) built by the tile builder from the
/// stored photos of WJ2023-001 (October–December 2023, see <see cref="ViewerServerFixture.SeededPhotos"/>) and of
/// WJ2023-006, which gets two nadir photos (yaw 0) for this fixture: January 2024 with bare earth
/// (<see cref="BareMonth"/>, progress 0) and February 2024 with the site built (<see cref="BuiltMonth"/>, progress 1),
/// so the two months look different on screen.
/// </summary>
public sealed class TilesServer : IAsyncLifetime
{
    /// <summary>The month WJ2023-006's photo shows bare earth.</summary>
    public const string BareMonth = "2024-01";

    /// <summary>The month WJ2023-006's photo shows the finished site.</summary>
    public const string BuiltMonth = "2024-02";

    private readonly TempDirectory _tiles = new();

    /// <summary>The running server.</summary>
    public ViewerServerFixture Server { get; private set; } = null!;

    /// <summary>The tiles root the server reads.</summary>
    public string TilesRoot => _tiles.Combine("tiles");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Server = await ViewerServerFixture.StartAsync(new ViewerOptions { TilesRoot = TilesRoot });
        var bare = await Server.WritePhotoAsync("WJ2023-006", new DateTime(2024, 1, 10, 10, 0, 0), 0.0, "DJI_0601.JPG");
        var built = await Server.WritePhotoAsync("WJ2023-006", new DateTime(2024, 2, 10, 10, 0, 0), 1.0, "DJI_0602.JPG");
        var files = new PhotoFileStore(Server.FilesRoot);
        await foreach (var r in new PhotoIngestService(Server.Store, files).IngestAsync([bare, built], new IngestOptions()))
        {
            if (r.Outcome is not (IngestOutcome.Accepted or IngestOutcome.AcceptedWithWarnings))
            {
                throw new InvalidOperationException($"fixture photo {r.File}: {r.Outcome} {r.Reason}");
            }
        }

        var builder = new TileBuildService(Server.Store, files);
        foreach (var project in new[] { "WJ2023-001", "WJ2023-006" })
        {
            await builder.BuildAsync(new TileBuildRequest { Root = TilesRoot, ProjectCode = project, Zooms = new ZoomRange(15, 18) });
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        _tiles.Dispose();
    }
}
