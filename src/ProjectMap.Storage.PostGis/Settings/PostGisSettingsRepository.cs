using System.Data;
using Npgsql;
using NpgsqlTypes;
using ProjectMap.Application.Storage;
using ProjectMap.Storage.PostGis.Connection;

namespace ProjectMap.Storage.PostGis.Settings;

/// <summary>Settings in the <c>pm_settings</c> table (migration "1000-store-settings"); a write is one transaction (upsert or delete).</summary>
internal sealed class PostGisSettingsRepository(TransactionRunner runner) : ISettingsRepository
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        try
        {
            await using var connection = await runner.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT value FROM pm_settings WHERE key = $1", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = key, NpgsqlDbType = NpgsqlDbType.Text });
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        }
        catch (PostgresException e)
        {
            throw new StoreException($"PostgreSQL refused to read setting '{key}': {e.MessageText} (SQLSTATE {e.SqlState})", e);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"lost the connection to PostgreSQL while reading setting '{key}': {e.Message}", e);
        }
    }

    public Task SetAsync(string key, string? value, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return runner.RunAsync(
            IsolationLevel.ReadCommitted,
            async (connection, tx, ct) =>
            {
                await using var command = new NpgsqlCommand(
                    value is null
                        ? "DELETE FROM pm_settings WHERE key = $1"
                        : "INSERT INTO pm_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()",
                    connection,
                    tx);
                command.Parameters.Add(new NpgsqlParameter { Value = key, NpgsqlDbType = NpgsqlDbType.Text });
                if (value is not null)
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = value, NpgsqlDbType = NpgsqlDbType.Text });
                }

                await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            },
            cancellationToken);
    }
}
