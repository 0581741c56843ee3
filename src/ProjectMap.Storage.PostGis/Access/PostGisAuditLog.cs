using System.Data;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Access;
using ProjectMap.Storage.PostGis.Connection;

namespace ProjectMap.Storage.PostGis.Access;

/// <summary>The audit log in the audit_log table: appended in one transaction per entry, never updated or deleted.</summary>
internal sealed class PostGisAuditLog(TransactionRunner runner) : IAuditLog
{
    public async Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var id = await runner.RunAsync(
            IsolationLevel.ReadCommitted,
            async (connection, tx, ct) =>
            {
                await using var insert = new NpgsqlCommand(
                    "INSERT INTO audit_log (at, user_name, action, target, outcome, detail, source) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                    connection,
                    tx);
                insert.Parameters.Add(new NpgsqlParameter { Value = entry.At.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
                insert.Parameters.Add(Text(entry.User));
                insert.Parameters.Add(Text(entry.Action));
                insert.Parameters.Add(Text(entry.Target));
                insert.Parameters.Add(Text(OutcomeName(entry.Outcome)));
                insert.Parameters.Add(Text(entry.Detail));
                insert.Parameters.Add(Text(entry.Source));
                return (long)(await insert.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
            },
            cancellationToken).ConfigureAwait(false);
        return entry with { Id = id };
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            await using var connection = await runner.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand { Connection = connection };
            var sql = new StringBuilder("SELECT id, at, user_name, action, target, outcome, detail, source FROM audit_log WHERE true");
            void Add(string clause, NpgsqlParameter p)
            {
                command.Parameters.Add(p);
                sql.Append(clause.Replace("@", "$" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            }

            if (query.BeforeId is { } before)
            {
                Add(" AND id < @", new NpgsqlParameter { Value = before, NpgsqlDbType = NpgsqlDbType.Bigint });
            }

            if (query.User is { } user)
            {
                Add(" AND user_name = @", Text(user));
            }

            if (query.Target is { } target)
            {
                Add(" AND target = @", Text(target));
            }

            Add(" ORDER BY id DESC LIMIT @", new NpgsqlParameter { Value = query.EffectiveLimit, NpgsqlDbType = NpgsqlDbType.Integer });
            command.CommandText = sql.ToString();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var list = new List<AuditEntry>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                list.Add(new AuditEntry(
                    reader.GetInt64(0),
                    reader.GetFieldValue<DateTimeOffset>(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.GetString(3),
                    reader.GetString(4),
                    reader.GetString(5) switch { "done" => AuditOutcome.Done, "refused" => AuditOutcome.Refused, _ => AuditOutcome.Failed },
                    reader.GetString(6),
                    reader.GetString(7)));
            }

            return list;
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"PostgreSQL could not read the audit log: {e.Message}", e);
        }
    }

    private static string OutcomeName(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Done => "done",
        AuditOutcome.Refused => "refused",
        AuditOutcome.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "unknown audit outcome"),
    };

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };
}
