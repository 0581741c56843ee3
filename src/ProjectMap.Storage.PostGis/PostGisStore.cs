using NetTopologySuite.Geometries;
using Npgsql;
using ProjectMap.Application.Storage;
using ProjectMap.Storage.PostGis.Connection;
using ProjectMap.Storage.PostGis.Access;
using ProjectMap.Storage.PostGis.Ledger;
using ProjectMap.Storage.PostGis.Photos;
using ProjectMap.Storage.PostGis.Projects;
using ProjectMap.Storage.PostGis.Schema;
using ProjectMap.Storage.PostGis.Settings;

namespace ProjectMap.Storage.PostGis;

/// <summary>
/// The server store: a PostgreSQL 15+ database with PostGIS 3, for offices where many officers and processes write
/// at once. Named by a <c>postgresql://user@host:port/database</c> URL. Opening migrates the schema (forward-only
/// steps in <see cref="PostGisMigrations"/>); geometry columns are SRID 4490 (CGCS2000 lon/lat, X = longitude) with
/// GiST indexes; every write is one transaction, run again after serialisation failures and deadlocks.
/// </summary>
public sealed class PostGisStore : IProjectMapStore
{
    private const string UndefinedDatabase = "3D000";
    private const string DuplicateDatabase = "42P04";
    private const string InsufficientPrivilege = "42501";
    private const string UndefinedFile = "58P01";
    private const string FeatureNotSupported = "0A000";

    private readonly NpgsqlDataSource _dataSource;

    private PostGisStore(NpgsqlDataSource dataSource, string location, int schemaVersion, RetryPolicy policy)
    {
        _dataSource = dataSource;
        Location = location;
        SchemaVersion = schemaVersion;
        Transactions = new TransactionRunner(dataSource, location, policy);
        Projects = new PostGisProjectRepository(Transactions);
        Ledger = new PostGisLedgerRepository(Transactions);
        Photos = new PostGisPhotoRepository(Transactions);
        Users = new PostGisUserRepository(Transactions);
        Audit = new PostGisAuditLog(Transactions);
        Settings = new PostGisSettingsRepository(Transactions);
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <inheritdoc />
    public int SchemaVersion { get; }

    /// <inheritdoc />
    public IProjectRepository Projects { get; }

    /// <inheritdoc />
    public ILedgerRepository Ledger { get; }

    /// <inheritdoc />
    public IPhotoRepository Photos { get; }

    /// <inheritdoc />
    public IUserRepository Users { get; }

    /// <inheritdoc />
    public IAuditLog Audit { get; }

    /// <inheritdoc />
    public ISettingsRepository Settings { get; }

    /// <summary>Runs this store's write transactions and counts their retries.</summary>
    public TransactionRunner Transactions { get; }

    /// <summary>
    /// Opens the database a URL names and brings its schema up to date. With <paramref name="create"/> a missing
    /// database is created (the user needs the CREATEDB right) and an empty one gets the ProjectMap schema; without it,
    /// a missing or never-initialised database is refused. Throws <see cref="StoreException"/> with the reason
    /// (server unreachable, login refused, PostGIS not installed, …).
    /// </summary>
    public static async Task<PostGisStore> OpenAsync(string url, bool create = true, RetryPolicy? policy = null, CancellationToken cancellationToken = default)
    {
        var parsed = PostgresUrl.Parse(url);
        var version = await PrepareAsync(parsed, create, cancellationToken).ConfigureAwait(false);
        var builder = new NpgsqlDataSourceBuilder(parsed.Settings.ConnectionString);
        builder.UseNetTopologySuite(handleOrdinates: Ordinates.XY);
        return new PostGisStore(builder.Build(), parsed.Redacted, version, policy ?? RetryPolicy.Default);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>Connects once without pooling (and without the geometry mapping, which needs PostGIS to exist first), checks and migrates; returns the schema version.</summary>
    private static async Task<int> PrepareAsync(PostgresUrl url, bool create, CancellationToken cancellationToken)
    {
        var settings = url.Settings;
        settings.Pooling = false;
        await using var connection = await ConnectAsync(url, settings, create, cancellationToken).ConfigureAwait(false);
        if (!create && !await PostGisMigrations.IsInitialisedAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            throw new StoreException($"PostgreSQL database {url.Redacted} has no ProjectMap schema; run 'projectmap init --db {url.Redacted}' first");
        }

        return await MigrateAsync(connection, url, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<NpgsqlConnection> ConnectAsync(PostgresUrl url, NpgsqlConnectionStringBuilder settings, bool create, CancellationToken cancellationToken)
    {
        try
        {
            var connection = new NpgsqlConnection(settings.ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (PostgresException e) when (e.SqlState == UndefinedDatabase)
        {
            if (!create)
            {
                throw new StoreException($"PostgreSQL server {settings.Host}:{settings.Port} has no database '{url.Database}'; run 'projectmap init --db {url.Redacted}' to create it", e);
            }

            await CreateDatabaseAsync(url, cancellationToken).ConfigureAwait(false);
            return await ConnectAsync(url, settings, create: false, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e)
        {
            throw new StoreException($"PostgreSQL server {settings.Host}:{settings.Port} refused the connection to {url.Redacted}: {e.MessageText}", e);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"cannot connect to PostgreSQL at {settings.Host}:{settings.Port} ({url.Redacted}): {e.InnerException?.Message ?? e.Message}", e);
        }
    }

    private static async Task CreateDatabaseAsync(PostgresUrl url, CancellationToken cancellationToken)
    {
        var maintenance = url.WithDatabase("postgres");
        maintenance.Pooling = false;
        try
        {
            await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(url.Database)} ENCODING 'UTF8'", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState is DuplicateDatabase or RetryPolicy.UniqueViolation)
        {
            // Another process created it first (a concurrent CREATE DATABASE reports 42P04 or, in a close race, a
            // unique violation on pg_database's name index): fine.
        }
        catch (PostgresException e)
        {
            throw new StoreException($"cannot create PostgreSQL database '{url.Database}' ({url.Redacted}): {e.MessageText}; create it with createdb or ask an administrator", e);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"cannot create PostgreSQL database '{url.Database}' ({url.Redacted}): {e.Message}", e);
        }
    }

    private static async Task<int> MigrateAsync(NpgsqlConnection connection, PostgresUrl url, CancellationToken cancellationToken)
    {
        try
        {
            return await PostGisMigrations.ApplyAsync(connection, url.Redacted, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState is UndefinedFile or FeatureNotSupported && e.MessageText.Contains("postgis", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreException(
                $"PostGIS is not installed on the PostgreSQL server of {url.Redacted} ({e.MessageText}); install it (Debian: postgresql-15-postgis-3)", e);
        }
        catch (PostgresException e) when (e.SqlState == InsufficientPrivilege)
        {
            throw new StoreException(
                $"not allowed to set up {url.Redacted} ({e.MessageText}); ask an administrator to run 'CREATE EXTENSION postgis' there or to grant the rights", e);
        }
        catch (PostgresException e)
        {
            throw new StoreException($"cannot set up the ProjectMap schema in {url.Redacted}: {e.MessageText} (SQLSTATE {e.SqlState})", e);
        }
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
