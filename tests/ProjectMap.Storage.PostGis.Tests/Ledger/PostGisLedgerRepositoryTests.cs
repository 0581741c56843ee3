using ProjectMap.Application.Storage;
using ProjectMap.Storage.Contract.Tests.Ledger;
using ProjectMap.Testing;

namespace ProjectMap.Storage.PostGis.Tests.Ledger;

/// <summary>The ledger contract run against a fresh PostGIS database per test on the private server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostGisLedgerRepositoryTests(PostgresServer server) : LedgerRepositoryContract
{
    protected override async Task<IProjectMapStore> CreateStoreAsync() => await PostGisStore.OpenAsync(await server.CreateDatabaseAsync("ledger"));
}
