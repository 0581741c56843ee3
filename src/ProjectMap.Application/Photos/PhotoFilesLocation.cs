using ProjectMap.Application.Storage;

namespace ProjectMap.Application.Photos;

/// <summary>
/// The folder holding a store's content-addressed photo originals and quarantine, and where that choice came from.
/// Resolved, first found wins: the command's <c>--files</c> option, the <c>PROJECTMAP_FILES</c> environment variable,
/// the store's own setting (so every server of a shared PostgreSQL database uses the same folder), and for a
/// GeoPackage file <c>&lt;name&gt;.files</c> beside it. A PostgreSQL store has no default: files written beside
/// whichever machine ran the command would be out of the other servers' reach.
/// </summary>
/// <param name="Root">The folder, as an absolute path.</param>
/// <param name="Source">Where it was configured.</param>
public sealed record PhotoFilesLocation(string Root, PhotoFilesSource Source)
{
    /// <summary>The environment variable that names the folder for every command of a process.</summary>
    public const string EnvironmentVariable = "PROJECTMAP_FILES";

    /// <summary>
    /// Resolves the folder for <paramref name="store"/>. <paramref name="option"/> and <paramref name="environment"/> are
    /// the option's and the environment variable's values (null or empty when not given); <paramref name="besideDatabase"/>
    /// is the default for a file store (null for a server store). Throws <see cref="StoreException"/> saying how to
    /// configure the folder when none is.
    /// </summary>
    public static async Task<PhotoFilesLocation> ResolveAsync(
        IProjectMapStore store, string? option, string? environment, string? besideDatabase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!string.IsNullOrWhiteSpace(option))
        {
            return new PhotoFilesLocation(Path.GetFullPath(option), PhotoFilesSource.Option);
        }

        if (!string.IsNullOrWhiteSpace(environment))
        {
            return new PhotoFilesLocation(Path.GetFullPath(environment), PhotoFilesSource.Environment);
        }

        if (await store.Settings.GetAsync(StoreSettingKeys.PhotoFilesRoot, cancellationToken).ConfigureAwait(false) is { Length: > 0 } recorded)
        {
            return new PhotoFilesLocation(recorded, PhotoFilesSource.StoreSetting);
        }

        if (!string.IsNullOrWhiteSpace(besideDatabase))
        {
            return new PhotoFilesLocation(Path.GetFullPath(besideDatabase), PhotoFilesSource.BesideDatabase);
        }

        throw new StoreException(
            $"{store.Location} has no folder for photo originals: give --files DIR (a folder every server reaches, e.g. shared storage), " +
            $"set {EnvironmentVariable}, or record it once for every server with 'projectmap init --db {store.Location} --files DIR'");
    }

    /// <summary>
    /// Opens the file store at <see cref="Root"/>. A folder recorded in the store must already exist (a shared volume
    /// that is not mounted must not silently become a local folder); one given on this machine, or the default beside
    /// a GeoPackage, is created when missing. Throws <see cref="StoreException"/> when the folder cannot be used.
    /// </summary>
    public PhotoFileStore Open()
    {
        if (Source == PhotoFilesSource.StoreSetting && !Directory.Exists(Root))
        {
            throw new StoreException(
                $"the photo file folder {Root} recorded in the store does not exist on this machine; mount the shared storage there, or give --files DIR where this machine sees it");
        }

        try
        {
            return new PhotoFileStore(Root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"cannot use {Root} as the photo file folder: {e.Message}", e);
        }
    }
}
