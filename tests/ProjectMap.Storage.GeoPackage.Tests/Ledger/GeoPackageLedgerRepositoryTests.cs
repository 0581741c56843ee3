using ProjectMap.Application.Storage;
using ProjectMap.Storage.Contract.Tests.Ledger;

namespace ProjectMap.Storage.GeoPackage.Tests.Ledger;

/// <summary>The ledger contract run against a fresh GeoPackage file per test.</summary>
public sealed class GeoPackageLedgerRepositoryTests : LedgerRepositoryContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pm-ledger-contract-").FullName;

    protected override async Task<IProjectMapStore> CreateStoreAsync() =>
        await GeoPackageStore.OpenAsync(Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".gpkg"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
