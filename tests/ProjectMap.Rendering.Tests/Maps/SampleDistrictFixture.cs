using ProjectMap.Application.Photos;
using ProjectMap.Application.Storage;
using ProjectMap.Cli;
using ProjectMap.Rendering.Maps;
using ProjectMap.Storage.GeoPackage;
using ProjectMap.Testing;

namespace ProjectMap.Rendering.Tests.Maps;

/// <summary>The sample district built once with <c>projectmap demo</c> (in-process): store, ledger, photos and the demo's maps.</summary>
public sealed class SampleDistrictFixture : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();

    /// <summary>The demo folder.</summary>
    public string Directory => _dir.Path;

    /// <summary>The demo's store file.</summary>
    public string Db => _dir.Combine(GeoPackageStore.DefaultFileName);

    /// <summary>What the demo printed.</summary>
    public string DemoOutput { get; private set; } = string.Empty;

    /// <summary>Where the demo's photo originals are.</summary>
    public MapSources Sources => new(PhotoFileStore.DefaultRootFor(Db));

    public async Task InitializeAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(["demo", "--out", Directory, "--sample", RepositoryRoot.Combine("sample-imagery")], output, error);
        DemoOutput = output.ToString();
        Assert.True(code == 0, $"demo failed ({code}): {error}");
    }

    /// <summary>Loads the map data for a request from the demo store.</summary>
    public Task<MapData> LoadAsync(MapRequest request) => LoadAsync(request, Sources);

    /// <summary>Loads the map data for a request from the demo store with the given imagery and basemap sources.</summary>
    public async Task<MapData> LoadAsync(MapRequest request, MapSources sources)
    {
        await using IProjectMapStore store = await GeoPackageStore.OpenAsync(Db, create: false);
        return await MapDataLoader.LoadAsync(store, request, sources);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
        return Task.CompletedTask;
    }
}
