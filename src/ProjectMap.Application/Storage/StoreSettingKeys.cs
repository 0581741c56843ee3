namespace ProjectMap.Application.Storage;

/// <summary>The keys of the settings ProjectMap keeps in a store (<see cref="ISettingsRepository"/>).</summary>
public static class StoreSettingKeys
{
    /// <summary>The absolute path of the folder holding the content-addressed photo originals and quarantine, as every server sees it.</summary>
    public const string PhotoFilesRoot = "photo-files-root";
}
