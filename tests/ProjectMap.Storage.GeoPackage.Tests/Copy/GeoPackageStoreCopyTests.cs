using ProjectMap.Application.Storage;
using ProjectMap.Storage.Contract.Tests.Copy;
using ProjectMap.Testing;

namespace ProjectMap.Storage.GeoPackage.Tests.Copy;

/// <summary>Paged copies and checksums between GeoPackage files.</summary>
public sealed class GeoPackageStoreCopyTests : StoreCopyContract, IDisposable
{
    private readonly TempDirectory _dir = new();

    protected override async Task<IProjectMapStore> CreateStoreAsync() => await GeoPackageStore.OpenAsync(_dir.Combine($"{Guid.NewGuid():N}.gpkg"));

    public void Dispose() => _dir.Dispose();
}
