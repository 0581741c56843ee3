using System.Globalization;
using ProjectMap.Application.Storage;
using ProjectMap.Storage.GeoPackage.Schema;

namespace ProjectMap.Storage.GeoPackage.Settings;

/// <summary>Settings in the GeoPackage's <c>pm_settings</c> attribute table; a write is one immediate transaction.</summary>
internal sealed class GeoPackageSettingsRepository(GeoPackageStore store) : ISettingsRepository
{
    public Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        using var connection = store.Connect();
        return Task.FromResult(Sql.Scalar(connection, null, "SELECT value FROM pm_settings WHERE key = $k", ("$k", key)) as string);
    }

    public Task SetAsync(string key, string? value, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        using var connection = store.Connect();
        using var tx = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = value is null
            ? "DELETE FROM pm_settings WHERE key = $k"
            : "INSERT INTO pm_settings (key, value, updated_at) VALUES ($k, $v, $t) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at";
        command.Parameters.AddWithValue("$k", key);
        if (value is not null)
        {
            command.Parameters.AddWithValue("$v", value);
            command.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        }

        command.ExecuteNonQuery();
        Sql.Execute(connection, tx, "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = 'pm_settings'");
        tx.Commit();
        return Task.CompletedTask;
    }
}
