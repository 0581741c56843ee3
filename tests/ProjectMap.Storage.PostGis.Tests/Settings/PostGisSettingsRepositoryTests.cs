using ProjectMap.Application.Storage;
using ProjectMap.Storage.Contract.Tests.Settings;
using ProjectMap.Testing;

namespace ProjectMap.Storage.PostGis.Tests.Settings;

/// <summary>The settings contract against a fresh PostGIS database per test on the private server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostGisSettingsRepositoryTests(PostgresServer server) : SettingsRepositoryContract
{
    protected override async Task<IProjectMapStore> CreateStoreAsync() => await PostGisStore.OpenAsync(await server.CreateDatabaseAsync("settings"));
}
