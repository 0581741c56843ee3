using ProjectMap.Application.Storage;
using ProjectMap.Storage.Contract.Tests.Projects;
using ProjectMap.Testing;

namespace ProjectMap.Storage.GeoPackage.Tests.Projects;

/// <summary>The project-repository contract run against a new GeoPackage file per test, in a temporary folder deleted afterwards.</summary>
public sealed class GeoPackageProjectRepositoryTests : ProjectRepositoryContract, IDisposable
{
    private readonly TempDirectory _folder = new();

    protected override async Task<IProjectMapStore> CreateStoreAsync() =>
        await GeoPackageStore.OpenAsync(_folder.Combine($"{Guid.NewGuid():N}.gpkg"), create: true);

    protected override async Task<IProjectMapStore> OpenAgainAsync(IProjectMapStore store) =>
        await GeoPackageStore.OpenAsync(store.Location, create: false);

    public void Dispose() => _folder.Dispose();
}
