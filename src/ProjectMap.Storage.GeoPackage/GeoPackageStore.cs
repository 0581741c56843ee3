using Microsoft.Data.Sqlite;
using ProjectMap.Application.Storage;
using ProjectMap.Storage.GeoPackage.Access;
using ProjectMap.Storage.GeoPackage.Ledger;
using ProjectMap.Storage.GeoPackage.Photos;
using ProjectMap.Storage.GeoPackage.Projects;
using ProjectMap.Storage.GeoPackage.Schema;
using ProjectMap.Storage.GeoPackage.Settings;

namespace ProjectMap.Storage.GeoPackage;

/// <summary>
/// The embedded store: one OGC GeoPackage 1.3 file that GDAL and QGIS open as it is, with the <c>projects</c>
/// feature layer (EPSG:4490) and ProjectMap's other tables in the same file. Opening migrates the schema.
/// </summary>
public sealed class GeoPackageStore : IProjectMapStore
{
    private GeoPackageStore(string path, int schemaVersion)
    {
        Location = path;
        SchemaVersion = schemaVersion;
        Projects = new GeoPackageProjectRepository(this);
        Users = new GeoPackageUserRepository(this);
        Audit = new GeoPackageAuditLog(this);
        Ledger = new GeoPackageLedgerRepository(this);
        Photos = new GeoPackagePhotoRepository(this);
        Settings = new GeoPackageSettingsRepository(this);
    }

    /// <summary>The default file name, <c>projectmap.gpkg</c> in the working directory.</summary>
    public const string DefaultFileName = "projectmap.gpkg";

    /// <inheritdoc />
    public string Location { get; }

    /// <inheritdoc />
    public int SchemaVersion { get; }

    /// <inheritdoc />
    public IProjectRepository Projects { get; }

    /// <inheritdoc />
    public IUserRepository Users { get; }

    /// <inheritdoc />
    public IAuditLog Audit { get; }

    /// <inheritdoc />
    public ILedgerRepository Ledger { get; }

    /// <inheritdoc />
    public IPhotoRepository Photos { get; }

    /// <inheritdoc />
    public ISettingsRepository Settings { get; }

    /// <summary>
    /// Opens (and with <paramref name="create"/>, creates) a GeoPackage and brings its schema up to date; throws
    /// <see cref="StoreException"/> when the file is missing, not SQLite, or not a GeoPackage.
    /// </summary>
    public static Task<GeoPackageStore> OpenAsync(string path, bool create = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        var full = Path.GetFullPath(path);
        if (!create && !File.Exists(full))
        {
            throw new StoreException($"no GeoPackage at {full}; run 'projectmap init --db {path}' first");
        }

        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        try
        {
            using var connection = GeoPackageConnection.Open(full, create);
            CheckIsGeoPackage(connection, full);
            var version = Migrations.Apply(connection);
            return Task.FromResult(new GeoPackageStore(full, version));
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 or 11)
        {
            throw new StoreException($"{full} is not a SQLite/GeoPackage file ({e.Message})", e);
        }
    }

    /// <summary>Opens a connection to this store's file.</summary>
    internal SqliteConnection Connect() => GeoPackageConnection.Open(Location, create: false);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    private static void CheckIsGeoPackage(SqliteConnection connection, string path)
    {
        var tables = Convert.ToInt64(Sql.Scalar(connection, null, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"), System.Globalization.CultureInfo.InvariantCulture);
        if (tables == 0)
        {
            return;
        }

        var hasContents = Sql.Scalar(connection, null, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_contents'") is not null;
        if (!hasContents)
        {
            throw new StoreException($"{path} is a SQLite file but not a GeoPackage (no gpkg_contents table); give a new or ProjectMap file");
        }
    }
}
