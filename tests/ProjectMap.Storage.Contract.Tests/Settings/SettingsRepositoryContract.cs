using ProjectMap.Application.Storage;

namespace ProjectMap.Storage.Contract.Tests.Settings;

/// <summary>What every store's <see cref="ISettingsRepository"/> must do. Derive once per store.</summary>
public abstract class SettingsRepositoryContract
{
    /// <summary>A new, empty, migrated store; disposed by the test.</summary>
    protected abstract Task<IProjectMapStore> CreateStoreAsync();

    [Fact]
    public async Task GetAsync_NewStore_PhotoFilesRootNotSet()
    {
        await using var store = await CreateStoreAsync();

        Assert.Null(await store.Settings.GetAsync(StoreSettingKeys.PhotoFilesRoot));
    }

    [Fact]
    public async Task SetAsync_ValueThenAnother_GetReturnsTheLatestExactly()
    {
        await using var store = await CreateStoreAsync();

        await store.Settings.SetAsync(StoreSettingKeys.PhotoFilesRoot, "/srv/projectmap/files");
        await store.Settings.SetAsync(StoreSettingKeys.PhotoFilesRoot, "/mnt/共享/航拍 files");
        await store.Settings.SetAsync("other", "x");

        Assert.Equal("/mnt/共享/航拍 files", await store.Settings.GetAsync(StoreSettingKeys.PhotoFilesRoot));
        Assert.Equal("x", await store.Settings.GetAsync("other"));
    }

    [Fact]
    public async Task SetAsync_Null_RemovesTheSetting()
    {
        await using var store = await CreateStoreAsync();
        await store.Settings.SetAsync(StoreSettingKeys.PhotoFilesRoot, "/srv/files");

        await store.Settings.SetAsync(StoreSettingKeys.PhotoFilesRoot, null);
        await store.Settings.SetAsync("never-set", null);

        Assert.Null(await store.Settings.GetAsync(StoreSettingKeys.PhotoFilesRoot));
    }
}
