using ProjectMap.Application.Storage;
using ProjectMap.Storage.Contract.Tests.Projects;
using ProjectMap.Testing;

namespace ProjectMap.Storage.GeoPackage.Tests.Projects;

/// <summary>The project contract on a fresh GeoPackage file per test.</summary>
public sealed class GeoPackageProjectRepositoryTests : ProjectRepositoryContract, IDisposable
{
    private readonly TempDirectory _dir = new();

    protected override async Task<IProjectMapStore> CreateStoreAsync() =>
        await GeoPackageStore.OpenAsync(_dir.Combine($"{Guid.NewGuid():N}.gpkg"));

    protected override async Task<IProjectMapStore> OpenAgainAsync(IProjectMapStore store) =>
        await GeoPackageStore.OpenAsync(store.Location, create: false);

    public void Dispose() => _dir.Dispose();
}
