using ProjectMap.Application.Storage;
using ProjectMap.Storage.Contract.Tests.Access;
using ProjectMap.Testing;

namespace ProjectMap.Storage.PostGis.Tests.Access;

/// <summary>The UserRepository contract run against a fresh PostGIS database per test on the private server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostGisUserRepositoryTests(PostgresServer server) : UserRepositoryContract
{
    protected override async Task<IProjectMapStore> CreateStoreAsync() => await PostGisStore.OpenAsync(await server.CreateDatabaseAsync("access"));

    protected override async Task<IProjectMapStore> OpenAgainAsync(IProjectMapStore store) => await PostGisStore.OpenAsync(store.Location, create: false);
}
