using Npgsql;

namespace ProjectMap.Storage.PostGis.Schema;

/// <summary>One forward-only schema step of the PostGIS store, identified by a stable id and applied once, inside its own transaction.</summary>
/// <param name="Id">A stable, unique id such as "0002-projects"; recorded in pm_schema_migrations.</param>
/// <param name="Description">What the step adds, for the record.</param>
/// <param name="Sql">The statements the step runs, in order.</param>
public sealed record PostGisMigration(string Id, string Description, string Sql)
{
    /// <summary>Runs the step's statements on the connection within the transaction.</summary>
    public async Task ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
