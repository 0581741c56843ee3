using ProjectMap.Application.Storage;
using ProjectMap.Storage.Contract.Tests.Ledger;
using ProjectMap.Testing;

namespace ProjectMap.Storage.GeoPackage.Tests.Ledger;

/// <summary>The ledger contract run against a fresh GeoPackage file per test.</summary>
public sealed class GeoPackageLedgerRepositoryTests : LedgerRepositoryContract, IDisposable
{
    private readonly TempDirectory _dir = new();

    protected override async Task<IProjectMapStore> CreateStoreAsync() =>
        await GeoPackageStore.OpenAsync(_dir.Combine($"{Guid.NewGuid():N}.gpkg"));

    public void Dispose() => _dir.Dispose();
}
