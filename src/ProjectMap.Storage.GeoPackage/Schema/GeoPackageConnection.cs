using Microsoft.Data.Sqlite;

namespace ProjectMap.Storage.GeoPackage.Schema;

/// <summary>
/// Opens SQLite connections to a GeoPackage file set up the way ProjectMap needs: rollback journal (the store stays
/// one file), foreign keys on, a 30 s busy timeout so several processes can write in turn, and the ST_* functions
/// the GeoPackage R-tree triggers call.
/// </summary>
public static class GeoPackageConnection
{
    /// <summary>How long a writer waits for another process's lock before failing, in milliseconds.</summary>
    public const int BusyTimeoutMs = 30_000;

    /// <summary>Opens a connection; <paramref name="create"/> allows creating the file.</summary>
    public static SqliteConnection Open(string path, bool create)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMs / 1000,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        RegisterFunctions(connection);
        Sql.Execute(connection, null, $"PRAGMA journal_mode = DELETE; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {BusyTimeoutMs};");
        return connection;
    }

    /// <summary>Registers ST_IsEmpty, ST_MinX, ST_MaxX, ST_MinY and ST_MaxY over GeoPackage geometry blobs.</summary>
    public static void RegisterFunctions(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.CreateFunction<byte[]?, bool>("ST_IsEmpty", GpkgBlob.IsEmpty, isDeterministic: true);
        connection.CreateFunction<byte[]?, double?>("ST_MinX", b => b is null ? null : GpkgBlob.Envelope(b).MinX, isDeterministic: true);
        connection.CreateFunction<byte[]?, double?>("ST_MaxX", b => b is null ? null : GpkgBlob.Envelope(b).MaxX, isDeterministic: true);
        connection.CreateFunction<byte[]?, double?>("ST_MinY", b => b is null ? null : GpkgBlob.Envelope(b).MinY, isDeterministic: true);
        connection.CreateFunction<byte[]?, double?>("ST_MaxY", b => b is null ? null : GpkgBlob.Envelope(b).MaxY, isDeterministic: true);
    }
}
