namespace ProjectMap.Application.Storage;

/// <summary>
/// Store-wide settings that every process using the store must agree on (for example where the photo originals are
/// kept, <see cref="StoreSettingKeys.PhotoFilesRoot"/>), as text by key. Settings describe the installation, not its
/// content: <c>db copy</c> and content checksums leave them out.
/// </summary>
public interface ISettingsRepository
{
    /// <summary>The value of a setting, or null when it is not set.</summary>
    Task<string?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Sets a setting in one transaction (null removes it).</summary>
    Task SetAsync(string key, string? value, CancellationToken cancellationToken = default);
}
