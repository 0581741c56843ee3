using ProjectMap.Application.Storage;

namespace ProjectMap.Storage.Contract.Tests;

/// <summary>
/// What every store's contract tests need from the store under test: a fresh, empty store per test, and a second,
/// independent store object on the same data (another connection pool, as another process would have).
/// </summary>
public abstract class StoreContract
{
    /// <summary>Creates a new, empty, migrated store that only this test uses.</summary>
    protected abstract Task<IProjectMapStore> CreateStoreAsync();

    /// <summary>Opens the data of <paramref name="store"/> again through a new store object.</summary>
    protected abstract Task<IProjectMapStore> OpenAgainAsync(IProjectMapStore store);
}
