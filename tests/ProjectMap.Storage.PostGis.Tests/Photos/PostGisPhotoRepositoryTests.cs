using ProjectMap.Application.Storage;
using ProjectMap.Storage.Contract.Tests.Photos;
using ProjectMap.Testing;

namespace ProjectMap.Storage.PostGis.Tests.Photos;

/// <summary>The photo-repository contract run against a fresh PostGIS database per test on the private server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostGisPhotoRepositoryTests(PostgresServer server) : PhotoRepositoryContract
{
    protected override async Task<IProjectMapStore> CreateStoreAsync() => await PostGisStore.OpenAsync(await server.CreateDatabaseAsync("photos"));
}
