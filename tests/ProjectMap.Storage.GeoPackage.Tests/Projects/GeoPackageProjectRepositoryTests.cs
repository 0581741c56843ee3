using ProjectMap.Application.Storage;
using ProjectMap.Storage.Contract.Tests.Projects;

namespace ProjectMap.Storage.GeoPackage.Tests.Projects;

/// <summary>The project-repository contract run against a GeoPackage file per test, in a temporary folder deleted afterwards.</summary>
public sealed class GeoPackageProjectRepositoryTests : ProjectRepositoryContract, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pm-gpkg-contract-");

    protected override async Task<IProjectMapStore> CreateStoreAsync() =>
        await GeoPackageStore.OpenAsync(Path.Combine(_folder.FullName, $"{Guid.NewGuid():N}.gpkg"), create: true);

    protected override async Task<IProjectMapStore> OpenAgainAsync(IProjectMapStore store) =>
        await GeoPackageStore.OpenAsync(store.Location, create: false);

    public void Dispose() => _folder.Delete(recursive: true);
}
