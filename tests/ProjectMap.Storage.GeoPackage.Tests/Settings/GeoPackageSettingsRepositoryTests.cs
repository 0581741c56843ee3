using ProjectMap.Application.Storage;
using ProjectMap.Storage.Contract.Tests.Settings;
using ProjectMap.Testing;

namespace ProjectMap.Storage.GeoPackage.Tests.Settings;

/// <summary>The settings contract on a fresh GeoPackage file per test.</summary>
public sealed class GeoPackageSettingsRepositoryTests : SettingsRepositoryContract, IDisposable
{
    private readonly TempDirectory _dir = new();

    protected override async Task<IProjectMapStore> CreateStoreAsync() => await GeoPackageStore.OpenAsync(_dir.Combine($"{Guid.NewGuid():N}.gpkg"));

    public void Dispose() => _dir.Dispose();
}
