namespace ProjectMap.Application.Photos;

/// <summary>Where the photo file folder in use was configured.</summary>
public enum PhotoFilesSource
{
    /// <summary>The <c>--files</c> option of the command.</summary>
    Option,

    /// <summary>The <c>PROJECTMAP_FILES</c> environment variable.</summary>
    Environment,

    /// <summary>The store's <see cref="Storage.StoreSettingKeys.PhotoFilesRoot"/> setting (recorded by <c>init --files</c>).</summary>
    StoreSetting,

    /// <summary>The default for a GeoPackage file: <c>&lt;name&gt;.files</c> beside it.</summary>
    BesideDatabase,
}
