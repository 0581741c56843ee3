using ProjectMap.Application.Storage;
using ProjectMap.Storage.Contract.Tests.Access;
using ProjectMap.Testing;

namespace ProjectMap.Storage.GeoPackage.Tests.Access;

/// <summary>The AuditLog contract on a fresh GeoPackage file per test.</summary>
public sealed class GeoPackageAuditLogTests : AuditLogContract, IDisposable
{
    private readonly TempDirectory _dir = new();

    protected override async Task<IProjectMapStore> CreateStoreAsync() =>
        await GeoPackageStore.OpenAsync(_dir.Combine($"{Guid.NewGuid():N}.gpkg"));

    protected override async Task<IProjectMapStore> OpenAgainAsync(IProjectMapStore store) => await GeoPackageStore.OpenAsync(store.Location, create: false);

    public void Dispose() => _dir.Dispose();
}
