using ProjectMap.Application.Storage;
using ProjectMap.Application.Storage.Copy;
using ProjectMap.Storage.Contract.Tests.Copy;
using ProjectMap.Testing;

namespace ProjectMap.Storage.PostGis.Tests.Copy;

/// <summary>Paged copies and checksums between PostGIS databases on the private server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostGisStoreCopyTests(PostgresServer server) : StoreCopyContract
{
    protected override async Task<IProjectMapStore> CreateStoreAsync() => await PostGisStore.OpenAsync(await server.CreateDatabaseAsync("copy"));

    [Fact]
    public async Task ImportAsync_ConcurrentUniqueViolation_ReportedAsAlreadyStored()
    {
        // Two stores on one database importing the same photo at once: one wins, the other is told the photo is stored.
        await using var first = await CreateStoreAsync();
        await using var second = await PostGisStore.OpenAsync(first.Location, create: false);
        var record = new PhotoRecord(Contract.Tests.Photos.SamplePhotos.Photo(77), [], []);

        var results = await Task.WhenAll(Try(first, record), Try(second, record));

        Assert.Single(results, r => r is null);
        Assert.Contains("already stored", Assert.Single(results, r => r is not null), StringComparison.Ordinal);
        Assert.Equal(1, await first.Photos.CountAsync());
        Assert.True((await StoreCopier.DigestAsync(first))[2].Count == 1);
    }

    private static async Task<string?> Try(IProjectMapStore store, PhotoRecord record)
    {
        try
        {
            await store.Photos.ImportAsync([record]);
            return null;
        }
        catch (StoreException e)
        {
            return e.Message;
        }
    }
}
