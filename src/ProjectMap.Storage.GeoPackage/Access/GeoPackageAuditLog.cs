using System.Globalization;
using System.Text;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Access;

namespace ProjectMap.Storage.GeoPackage.Access;

/// <summary>The audit log in the audit_log table: appended in immediate transactions, never updated or deleted.</summary>
internal sealed class GeoPackageAuditLog(GeoPackageStore store) : IAuditLog
{
    public Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var connection = store.Connect();
        using var tx = connection.BeginTransaction(deferred: false);
        using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO audit_log (at, user_name, action, target, outcome, detail, source)
            VALUES ($at, $user, $action, $target, $outcome, $detail, $source) RETURNING id
            """;
        insert.Parameters.AddWithValue("$at", GeoPackageUserRepository.Instant(entry.At));
        insert.Parameters.AddWithValue("$user", (object?)entry.User ?? DBNull.Value);
        insert.Parameters.AddWithValue("$action", entry.Action);
        insert.Parameters.AddWithValue("$target", entry.Target);
        insert.Parameters.AddWithValue("$outcome", OutcomeName(entry.Outcome));
        insert.Parameters.AddWithValue("$detail", entry.Detail);
        insert.Parameters.AddWithValue("$source", entry.Source);
        var id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
        tx.Commit();
        return Task.FromResult(entry with { Id = id });
    }

    public Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = store.Connect();
        using var command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT id, at, user_name, action, target, outcome, detail, source FROM audit_log WHERE 1 = 1");
        if (query.BeforeId is { } before)
        {
            sql.Append(" AND id < $before");
            command.Parameters.AddWithValue("$before", before);
        }

        if (query.User is { } user)
        {
            sql.Append(" AND user_name = $user");
            command.Parameters.AddWithValue("$user", user);
        }

        if (query.Target is { } target)
        {
            sql.Append(" AND target = $target");
            command.Parameters.AddWithValue("$target", target);
        }

        sql.Append(" ORDER BY id DESC LIMIT $limit");
        command.Parameters.AddWithValue("$limit", query.EffectiveLimit);
        command.CommandText = sql.ToString();
        var list = new List<AuditEntry>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            list.Add(new AuditEntry(
                r.GetInt64(0),
                DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                r.IsDBNull(2) ? null : r.GetString(2),
                r.GetString(3),
                r.GetString(4),
                ParseOutcome(r.GetString(5)),
                r.GetString(6),
                r.GetString(7)));
        }

        return Task.FromResult<IReadOnlyList<AuditEntry>>(list);
    }

    private static string OutcomeName(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Done => "done",
        AuditOutcome.Refused => "refused",
        AuditOutcome.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "unknown audit outcome"),
    };

    private static AuditOutcome ParseOutcome(string s) => s switch
    {
        "done" => AuditOutcome.Done,
        "refused" => AuditOutcome.Refused,
        _ => AuditOutcome.Failed,
    };
}
