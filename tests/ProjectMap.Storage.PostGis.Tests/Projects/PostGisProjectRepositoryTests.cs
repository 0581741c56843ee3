using ProjectMap.Application.Storage;
using ProjectMap.Storage.Contract.Tests.Projects;
using ProjectMap.Testing;

namespace ProjectMap.Storage.PostGis.Tests.Projects;

/// <summary>The project-repository contract run against a fresh PostGIS database per test on the private server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostGisProjectRepositoryTests(PostgresServer server) : ProjectRepositoryContract
{
    protected override async Task<IProjectMapStore> CreateStoreAsync() => await PostGisStore.OpenAsync(await server.CreateDatabaseAsync("contract"));

    protected override async Task<IProjectMapStore> OpenAgainAsync(IProjectMapStore store) => await PostGisStore.OpenAsync(store.Location, create: false);
}
